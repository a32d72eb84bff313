/** Users, roles, sign-in and the filter chains; knows no domain type. */
package org.disputedesk.security;
