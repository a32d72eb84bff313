/** Running an installation: domain metrics for the operator's dashboards. */
package org.disputedesk.operations;
