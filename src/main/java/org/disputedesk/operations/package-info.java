/**
 * Running an installation: domain metrics for the operator's dashboards, and a durable embedded
 * database that can be backed up while it serves.
 */
package org.disputedesk.operations;
