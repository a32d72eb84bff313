/** Tuning of the Camunda engine for this load (history level, indexes on its tables, the XML factory), each with its reason. */
package org.disputedesk.engine;
