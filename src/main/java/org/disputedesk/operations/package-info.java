/** Running an installation: domain metrics for the operator's dashboards, and a durable embedded database. */
package org.disputedesk.operations;
