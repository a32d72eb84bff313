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

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Anchors: an administrator publishes one on demand, anyone reads them without credentials, a party
 * proves their case is in one, and a chain rebuilt inside the database afterwards no longer leads to
 * the root that was published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class AnchorsApiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnchorIsPublishedForAnyoneAndProvesACaseWithAPathToItsRoot() {
        // given two cases whose timelines changed
        String id = caseWithMessages();
        String other = caseWithMessages();

        // when the administrator publishes an anchor
        Response published = api.as("admin").post("/api/admin/anchors");

        // then anyone reads it, without credentials
        assertThat(published.statusCode()).isEqualTo(201);
        long anchorId = published.jsonPath().getLong("id");
        String root = published.jsonPath().getString("root");
        assertThat(published.header("Location")).endsWith("/api/anchors/" + anchorId);
        assertThat(published.jsonPath().getInt("cases")).isGreaterThanOrEqualTo(2);
        api.anonymous().get("/api/anchors/" + anchorId).then().statusCode(200).body("root", is(root))
                .body("period", nullValue());
        List<Long> listed = api.anonymous().get("/api/anchors?size=5").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
        assertThat(listed).first().isEqualTo(anchorId);
        api.anonymous().get("/api/anchors/987654321").then().statusCode(404);

        // and each case's party recomputes the root from the case's head and the proof's path
        for (String c : List.of(id, other)) {
            String head = lastHash(c);
            JsonPath proof = api.get("buyer1", "/api/complaints/" + c + "/timeline/proof").statusCode(200)
                    .extract().jsonPath();
            assertThat(proof.getLong("anchor.id")).isEqualTo(anchorId);
            assertThat(proof.getString("head")).isEqualTo(head);
            assertThat(proof.getInt("seq")).isEqualTo(5);
            String leaf = ChainFormulas.leaf(c, 5, head);
            assertThat(proof.getString("leaf")).isEqualTo(leaf);
            assertThat(ChainFormulas.climb(leaf, proof.getList("path"))).isEqualTo(root);
        }
        api.get("buyer1", "/api/complaints/" + id + "/timeline/verification").statusCode(200)
                .body("valid", is(true)).body("anchor.id", is((int) anchorId)).body("anchor.matches", is(true));
        api.get("buyer2", "/api/complaints/" + id + "/timeline/proof").statusCode(404);

        // and nothing changed since: there is nothing to anchor
        api.as("admin").post("/api/admin/anchors").then().statusCode(422);
    }

    @Test
    void aCaseNotAnchoredYetHasNoProof() {
        String id = caseWithMessages();

        api.get("buyer1", "/api/complaints/" + id + "/timeline/proof").statusCode(200)
                .body("complaintId", is(id)).body("anchor", nullValue()).body("path.size()", is(0));
        api.get("buyer1", "/api/complaints/" + id + "/timeline/verification").statusCode(200)
                .body("valid", is(true)).body("anchor", nullValue());
    }

    @Test
    void aChainRebuiltInsideTheDatabaseNoLongerLeadsToThePublishedRoot() {
        // given a case anchored, its root kept
        String id = caseWithMessages();
        String root = api.as("admin").post("/api/admin/anchors").then().statusCode(201).extract().path("root");
        List<Map<String, String>> path = api.get("shop1", "/api/complaints/" + id + "/timeline/proof")
                .statusCode(200).extract().jsonPath().getList("path");

        // when someone who can write to the database edits an entry and recomputes every hash after it
        ChainFormulas.rebuildAfterEditing(jdbc, id, 3, "I accept the refund.", "{\"text\":\"I accept the refund.\"}");

        // then the chain holds together again, but the anchored entry is not the one published
        api.get("shop1", "/api/complaints/" + id + "/timeline/verification").statusCode(200)
                .body("valid", is(false)).body("firstBrokenAt", is(5)).body("anchor.matches", is(false));
        // and from the case's head as it now reads, the proof's path no longer leads to the root kept
        assertThat(ChainFormulas.climb(ChainFormulas.leaf(id, 5, lastHash(id)), path)).isNotEqualTo(root);
    }

    @Test
    void entriesWrittenAfterAnAnchorAreCoveredByTheNextOne() {
        String id = caseWithMessages();
        long first = api.as("admin").post("/api/admin/anchors").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        api.as("buyer1").body(Map.of("text", "And the button fell off.")).post("/api/complaints/" + id + "/messages")
                .then().statusCode(201);
        api.get("buyer1", "/api/complaints/" + id + "/timeline/verification").statusCode(200)
                .body("valid", is(true)).body("anchor.seq", is(5)).body("entries", is(6));
        long second = api.as("admin").post("/api/admin/anchors").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        assertThat(second).isGreaterThan(first);
        api.get("buyer1", "/api/complaints/" + id + "/timeline/proof").statusCode(200)
                .body("anchor.id", is((int) second)).body("seq", is(6));
        assertThat(jdbc.sql("select count(*) from anchor_heads where complaint_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void onlyAnAdministratorPublishesOnDemand() {
        caseWithMessages();
        for (String user : List.of("buyer1", "shop1", "mediator1", "committee1", "parkadmin1", "streamer1")) {
            api.as(user).post("/api/admin/anchors").then().statusCode(403);
        }
        api.anonymous().post("/api/admin/anchors").then().statusCode(401);
    }

    /** Filed by buyer1 against shop-hm-001, with three messages: five entries. */
    private String caseWithMessages() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "AN-" + UUID.randomUUID());
        for (String text : List.of("The zip broke.", "Still broken.", "Please answer.")) {
            api.as("buyer1").body(Map.of("text", text)).post("/api/complaints/" + id + "/messages")
                    .then().statusCode(201);
        }
        return id;
    }

    private String lastHash(String id) {
        List<String> hashes = api.get("buyer1", "/api/complaints/" + id + "/timeline").statusCode(200).extract()
                .jsonPath().getList("hash");
        return hashes.get(hashes.size() - 1);
    }
}
