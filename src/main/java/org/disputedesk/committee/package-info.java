/** The standards technical committee: its rulings on escalated cases, the standards catalog, violations by clause and shop. */
package org.disputedesk.committee;
