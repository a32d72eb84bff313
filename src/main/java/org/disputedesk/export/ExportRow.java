package org.disputedesk.export;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.disputedesk.complaint.CaseQuery;
import org.disputedesk.complaint.Category;

/**
 * One case as an export writes it, in the order of {@link #COLUMNS}: what the case shows (an erased
 * case's buyer, order and description are gone from it, and so from here), its times in the parks'
 * time (China Standard Time), and its GB/T 42499-2023 code.
 */
record ExportRow(String id, Long number, OffsetDateTime filedAt, String parkId, String shopId, String shopName,
                 String buyer, String orderRef, Category category, String description, BigDecimal orderAmount,
                 BigDecimal claimedAmount, BigDecimal agreedAmount, String desiredRemedy, String livestreamRoom,
                 String stage, String outcome, OffsetDateTime closedAt, String rulingSummary, String gbt42499Code) {

    /** The header row: the components' names, as the JSON rows name them too. */
    static final List<String> COLUMNS = Arrays.stream(ExportRow.class.getRecordComponents())
            .map(component -> component.getName()).toList();

    /** The columns the query selects, in their order. */
    static final String SELECT = """
            select c.id, c.case_number, c.created_at, c.park_id, c.shop_id, coalesce(s.name_zh, s.name) shop_name,
              c.buyer, c.order_ref, c.category, c.description, c.order_amount, c.claimed_amount, c.agreed_amount,
              c.desired_remedy, c.livestream_room, c.stage, c.outcome, c.closed_at, c.ruling_decision,
              c.ruling_remedy, c.ruling_amount, c.appeal_decision
            from complaints c left join shops s on s.id = c.shop_id""";

    static ExportRow of(ResultSet rs) throws SQLException {
        Category category = Category.valueOf(rs.getString("category"));
        String room = rs.getString("livestream_room");
        return new ExportRow(rs.getString("id"), rs.getObject("case_number", Long.class),
                parksTime(rs, "created_at"), rs.getString("park_id"), rs.getString("shop_id"),
                rs.getString("shop_name"), rs.getString("buyer"), rs.getString("order_ref"), category,
                rs.getString("description"), rs.getBigDecimal("order_amount"), rs.getBigDecimal("claimed_amount"),
                rs.getBigDecimal("agreed_amount"), rs.getString("desired_remedy"), room, rs.getString("stage"),
                rs.getString("outcome"), parksTime(rs, "closed_at"), rulingSummary(rs),
                ComplaintCode.of(category, room != null));
    }

    /** The values in the order of {@link #COLUMNS}. */
    List<Object> values() {
        return Arrays.asList(id, number, filedAt, parkId, shopId, shopName, buyer, orderRef, category, description,
                orderAmount, claimedAmount, agreedAmount, desiredRemedy, livestreamRoom, stage, outcome, closedAt,
                rulingSummary, gbt42499Code);
    }

    private static OffsetDateTime parksTime(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(CaseQuery.PARKS).toOffsetDateTime();
    }

    /**
     * The mediator's last decision and what it awards ({@code RULE_FOR_BUYER REFUND 120.00}), and how
     * an appeal of it was decided; null when no mediator decided the case.
     */
    private static String rulingSummary(ResultSet rs) throws SQLException {
        String decision = rs.getString("ruling_decision");
        if (decision == null) {
            return null;
        }
        StringBuilder summary = new StringBuilder(decision);
        String remedy = rs.getString("ruling_remedy");
        BigDecimal amount = rs.getBigDecimal("ruling_amount");
        if (remedy != null) {
            summary.append(' ').append(remedy);
        }
        if (amount != null) {
            summary.append(' ').append(amount.toPlainString());
        }
        String appeal = rs.getString("appeal_decision");
        if (appeal != null) {
            summary.append("; appeal ").append(appeal);
        }
        return summary.toString();
    }
}
