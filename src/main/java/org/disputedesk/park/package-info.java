/** Parks, the tenants of an installation, and their shops. */
package org.disputedesk.park;
