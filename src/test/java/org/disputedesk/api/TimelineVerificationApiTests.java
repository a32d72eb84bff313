package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code GET /api/complaints/{id}/timeline/verification}: a timeline as it was written verifies, and an
 * entry changed or removed in the database is caught at its seq, whoever reads it. The hashes are
 * recomputed here from the API's own answer, as docs/trust.md tells an outsider to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class TimelineVerificationApiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTimelineAsWrittenVerifiesForEveryPartyAndNamesItsHead() {
        String id = caseWithMessages();
        List<Map<String, Object>> entries = timeline(id);

        for (String party : List.of("buyer1", "shop1", "mediator1", "admin")) {
            verification(party, id).statusCode(200).body("valid", is(true)).body("entries", is(5))
                    .body("head", is(entries.get(4).get("hash"))).body("firstBrokenAt", nullValue())
                    .body("erasedEntries", is(0));
        }
        verification("buyer2", id).statusCode(404);
        verification("mediator2", id).statusCode(404);
        // each hash is what the documented formula gives from the entry as the API shows it
        String previous = ChainFormulas.GENESIS;
        for (Map<String, Object> e : entries) {
            assertThat(e.get("chainVersion")).isEqualTo(2);
            assertThat(e.get("contentDigest")).isEqualTo(ChainFormulas.joined((String) e.get("actor"),
                    (String) e.get("detail"), factsJson(e)));
            assertThat(e.get("hash")).isEqualTo(ChainFormulas.hash(previous, id, (Integer) e.get("seq"),
                    (String) e.get("at"), (String) e.get("role"), (String) e.get("action"), (String) e.get("stage"),
                    (String) e.get("contentDigest")));
            previous = (String) e.get("hash");
        }
    }

    @Test
    void anEntryChangedInTheDatabaseIsCaughtAtItsSeq() {
        String id = caseWithMessages();

        jdbc.sql("update timeline set detail = 'I accept the refund.', facts = '{\"text\":\"I accept the refund.\"}' "
                + "where complaint_id = ? and seq = 3").param(id).update();

        verification("buyer1", id).statusCode(200).body("valid", is(false)).body("firstBrokenAt", is(3))
                .body("entries", is(5));
    }

    @Test
    void anEntryChangedWithItsDigestIsCaughtByItsHash() {
        String id = caseWithMessages();
        String facts = "{\"text\":\"I withdraw every claim.\"}";

        jdbc.sql("update timeline set detail = ?, facts = ?, content_digest = ? where complaint_id = ? and seq = 4")
                .params("I withdraw every claim.", facts, ChainFormulas.joined("buyer1", "I withdraw every claim.",
                        facts), id).update();

        verification("shop1", id).statusCode(200).body("valid", is(false)).body("firstBrokenAt", is(4));
    }

    @Test
    void contentPassedOffAsErasedOnACaseNotErasedIsCaught() {
        String id = caseWithMessages();

        jdbc.sql("update timeline set detail = null, facts = null, content_erased = true "
                + "where complaint_id = ? and seq = 3").param(id).update();

        verification("buyer1", id).statusCode(200).body("valid", is(false)).body("firstBrokenAt", is(3));
    }

    @Test
    void anEntryRemovedFromTheDatabaseIsCaughtWhereItIsMissing() {
        String id = caseWithMessages();

        jdbc.sql("delete from timeline where complaint_id = ? and seq = 4").param(id).update();

        verification("buyer1", id).statusCode(200).body("valid", is(false)).body("firstBrokenAt", is(4))
                .body("entries", is(4));
    }

    @Test
    void aTimelineWrittenBeforeContentDigestsStillVerifiesByItsOwnFormula() {
        // given a case whose entries are stored as the first version wrote them: a hash over the detail itself
        String id = caseWithMessages();
        String previous = ChainFormulas.GENESIS;
        for (Map<String, Object> e : timeline(id)) {
            String hash = ChainFormulas.joined(previous, id, e.get("seq").toString(), (String) e.get("at"),
                    (String) e.get("actor"), (String) e.get("role"), (String) e.get("action"),
                    (String) e.get("stage"), (String) e.get("detail"));
            jdbc.sql("update timeline set chain_version = 1, content_digest = null, prev_hash = ?, hash = ? "
                    + "where complaint_id = ? and seq = ?").params(previous, hash, id, e.get("seq")).update();
            previous = hash;
        }

        // then it verifies, and an entry written since chains on it by the new formula
        verification("buyer1", id).statusCode(200).body("valid", is(true)).body("head", is(previous));
        api.as("buyer1").body(Map.of("text", "One more word.")).post("/api/complaints/" + id + "/messages")
                .then().statusCode(201);
        verification("buyer1", id).statusCode(200).body("valid", is(true)).body("entries", is(6));
        assertThat(timeline(id).get(5).get("chainVersion")).isEqualTo(2);

        // and a changed old entry is caught as before
        jdbc.sql("update timeline set detail = 'Changed.' where complaint_id = ? and seq = 2").param(id).update();
        verification("buyer1", id).statusCode(200).body("valid", is(false)).body("firstBrokenAt", is(2));
    }

    /** Filed by buyer1 against shop1's shop, with three messages: five entries. */
    private String caseWithMessages() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "TV-" + UUID.randomUUID());
        for (String[] message : List.of(new String[] {"buyer1", "The seam split on the first wash."},
                new String[] {"shop1", "Please send a photo."}, new String[] {"buyer1", "Here it is."})) {
            api.as(message[0]).body(Map.of("text", message[1])).post("/api/complaints/" + id + "/messages")
                    .then().statusCode(201);
        }
        return id;
    }

    private List<Map<String, Object>> timeline(String id) {
        return api.get("buyer1", "/api/complaints/" + id + "/timeline").statusCode(200).extract().jsonPath()
                .getList("$");
    }

    private io.restassured.response.ValidatableResponse verification(String user, String id) {
        return api.get(user, "/api/complaints/" + id + "/timeline/verification");
    }

    /** The facts as compact JSON in the order given (jq -c .facts), or nothing for none. */
    @SuppressWarnings("unchecked")
    private static String factsJson(Map<String, Object> entry) {
        Map<String, String> facts = (Map<String, String>) entry.get("facts");
        if (facts.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        facts.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":\"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        return json.append('}').toString();
    }
}
