package org.disputedesk.shop;

import java.util.List;
import java.util.Map;

import org.disputedesk.complaint.Liabilities;
import org.disputedesk.park.StreamerProfile;
import org.disputedesk.park.Streamers;
import org.disputedesk.web.CaseNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A streamer's public record, as a shop's is: the cases filed about its rooms, how they ended, and
 * the shares of liability it bore (the latest ruling's on each case). Anyone may read it: buyers
 * choose whom to buy from live, as they choose shops.
 */
@Service
public class StreamerRecords {

    public record StreamerRecord(String streamerId, String name, String parkId, List<String> shopIds,
                                 List<String> rooms, long cases, long open, Map<String, Long> outcomes,
                                 Liabilities.Borne liability) {
    }

    private final JdbcClient jdbc;
    private final Streamers streamers;
    private final Liabilities liabilities;

    StreamerRecords(JdbcClient jdbc, Streamers streamers, Liabilities liabilities) {
        this.jdbc = jdbc;
        this.streamers = streamers;
        this.liabilities = liabilities;
    }

    @Transactional(readOnly = true)
    public StreamerRecord of(String streamerId) {
        StreamerProfile profile = streamers.find(streamerId)
                .orElseThrow(() -> new CaseNotFound("Streamer " + streamerId));
        long[] counts = jdbc.sql("""
                select count(*), coalesce(sum(case when stage <> 'CLOSED' then 1 else 0 end), 0)
                from complaints where streamer_id = ?""")
                .param(streamerId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new StreamerRecord(profile.id(), profile.name(), profile.parkId(), profile.shopIds(), profile.rooms(),
                counts[0], counts[1], ShopRecords.outcomes(jdbc, "streamer_id", streamerId),
                liabilities.borneByStreamer(streamerId));
    }
}
