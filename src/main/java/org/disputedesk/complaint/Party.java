package org.disputedesk.complaint;

/** A party the mediator may ask for information: the streamer only on a case that names one. */
public enum Party {
    BUYER, SHOP, STREAMER
}
