/**
 * The log of administrative actions (parks and shops created, shops imported; accounts, passwords,
 * webhooks and deadlines as they come): who did what to which object, when. Append-only. Every
 * module that administers something records its actions here, in the action's own transaction,
 * with a detail made of phrases ({@link org.disputedesk.audit.AuditPhrase}) that each reader reads
 * in their own language.
 */
package org.disputedesk.audit;
