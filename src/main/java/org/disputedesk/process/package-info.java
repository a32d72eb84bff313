/**
 * The glue between cases and the BPMN model: the model's names, starting and completing its tasks, the delegates and
 * listeners that keep a case in step with its process, and the engine door that lets Tasklist take a domain step.
 */
package org.disputedesk.process;
