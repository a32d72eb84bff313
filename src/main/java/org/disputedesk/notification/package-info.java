/**
 * Nobody loses by a silence they were not told about: each party hears, in the portal and by mail,
 * when it must act and by when, is reminded before the deadline, and learns how its case ended.
 * Notices are written in the transaction of the step that causes them; a dispatcher on each node
 * mails them afterwards, so a mail server that is down delays mail and never fails a step.
 */
package org.disputedesk.notification;
