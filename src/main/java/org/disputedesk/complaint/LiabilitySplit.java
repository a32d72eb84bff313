package org.disputedesk.complaint;

import java.util.List;
import java.util.stream.Collectors;

import org.disputedesk.web.InvalidFields;

/**
 * How a ruling divides liability: shares in whole percent summing to 100, each party once, the
 * streamer only on a case that names one. A ruling that says nothing leaves it all to the shop, as
 * a case without livestream, maker or printer always did. Only a ruling against the shop's side
 * carries a split (a ruling for the buyer, an overturn in the buyer's favour, a nonconforming
 * finding); any other decision with one is refused, so a request never means more than it does. An
 * empty split says nothing, as a form whose rows were left blank sends it.
 */
public record LiabilitySplit(List<LiabilityShare> shares) {

    public static final LiabilitySplit SHOP_ALONE = new LiabilitySplit(List.of(new LiabilityShare(LiableParty.SHOP,
            null, 100)));

    public LiabilitySplit {
        shares = List.copyOf(shares);
    }

    /**
     * 400 unless {@code requested} (if given) is a valid split for a decision that {@code carries} one.
     * Bean Validation has checked each share already.
     */
    public static void checkShape(List<LiabilityShare> requested, boolean carries) {
        if (requested == null || requested.isEmpty()) {
            return;
        }
        int sum = requested.stream().mapToInt(s -> s.share() == null ? 0 : s.share()).sum();
        long parties = requested.stream().map(LiabilityShare::party).distinct().count();
        InvalidFields.check()
                .require(carries, "liability", "problem.field.liabilityNotCarried",
                        "only a ruling for the buyer, an overturn in the buyer's favour or a nonconforming finding "
                                + "divides liability")
                .require(!carries || sum == 100, "liability", "problem.field.liabilitySum",
                        "shares must sum to 100, not " + sum)
                .require(!carries || parties == requested.size(), "liability", "problem.field.liabilityTwice",
                        "names a party more than once")
                .throwIfAny();
    }

    /** The split a ruling on {@code complaint} records: {@code requested} if given, else the shop alone. */
    public static LiabilitySplit of(Complaint complaint, List<LiabilityShare> requested) {
        if (requested == null || requested.isEmpty()) {
            return SHOP_ALONE;
        }
        boolean streamerNamed = requested.stream().anyMatch(s -> s.party() == LiableParty.STREAMER);
        InvalidFields.check()
                .require(!streamerNamed || complaint.streamerId() != null, "liability",
                        "problem.field.liabilityNoStreamer",
                        "names the STREAMER, but this case names no streamer (its livestream room is not registered)")
                .throwIfAny();
        return new LiabilitySplit(requested.stream()
                .map(s -> new LiabilityShare(s.party(), s.name() == null || s.name().isBlank() ? null
                        : s.name().strip(), s.share())).toList());
    }

    /** As a timeline fact: {@code SHOP 70%, STREAMER 30%}. */
    public String said() {
        return shares.stream().map(LiabilityShare::said).collect(Collectors.joining(", "));
    }
}
