/** The demo park, shops and users, seeded under the profile {@code demo} only. */
package org.disputedesk.demo;
