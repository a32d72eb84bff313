/**
 * Webhooks (Standard Webhooks 1.0): a park's systems subscribe to what happens to its cases. A case's
 * event is queued for each subscriber in the step's own transaction; a poller on every node sends
 * what is due, signed, and retries with growing back-off for more than a day. Creating and deleting
 * a subscription is recorded in the audit log.
 */
package org.disputedesk.webhook;
