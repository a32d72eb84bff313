package org.disputedesk.complaint;

/** Who may bear a share of a ruling's liability: the shop, the case's streamer, the maker, the label's printer. */
public enum LiableParty {
    SHOP, STREAMER, MANUFACTURER, LABEL_PRINTER
}
