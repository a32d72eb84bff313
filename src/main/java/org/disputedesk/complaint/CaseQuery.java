package org.disputedesk.complaint;

/**
 * What a list of cases is narrowed to; each part is optional. {@code overdueOnly} keeps the cases
 * past their step's deadline or flagged late in mediation, the ones a mediator chases first.
 */
public record CaseQuery(Stage stage, String shopId, Category category, boolean overdueOnly) {
}
