/** The park's mediators: claiming a case, asking, settling, ruling, escalating; the park's statistics. */
package org.disputedesk.mediation;
