package org.disputedesk.complaint;

/** A party the mediator may ask for information. */
public enum Party {
    BUYER, SHOP
}
