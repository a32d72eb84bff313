package org.disputedesk.committee;

/** Whether new rulings may cite a standard: a superseded one stays in the catalog for the old rulings. */
public enum StandardStatus {
    CURRENT, SUPERSEDED
}
