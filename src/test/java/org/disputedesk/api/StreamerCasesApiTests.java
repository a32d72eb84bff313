package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The streamer as a party: a complaint about a registered livestream room names its streamer, whose
 * hosts see that case and no other, post to it, and answer the mediator's questions put to them.
 * The demo's streamer1 hosts for st-hm-001, whose room is hm-live-88.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class StreamerCasesApiTests {

    @Autowired Api api;
    @Autowired JdbcClient jdbc;

    @Test
    void theStreamerSeesTheCasesOfTheirRoomsAndNoOther() {
        // given one complaint about streamer1's room and one about a room nobody registered
        String theirs = fileAbout("hm-live-88");
        String other = fileAbout("hm-live-42");

        // then the first names the streamer, the second none
        api.get("buyer1", path(theirs)).statusCode(200).body("streamerId", equalTo("st-hm-001"));
        api.get("buyer1", path(other)).statusCode(200).body("streamerId", nullValue());

        // and streamer1 sees the first, lists it, and may post to it; the other does not exist for them
        api.get("streamer1", path(theirs)).statusCode(200).body("actions", hasItems("messages", "evidence"))
                .body("actions", not(hasItem("information")));
        api.get("streamer1", "/api/complaints?size=100").statusCode(200).body("id", hasItem(theirs))
                .body("id", not(hasItem(other))).body("streamerId", not(hasItem(nullValue())));
        api.get("streamer1", path(other)).statusCode(404).contentType(Api.PROBLEM_JSON);
        api.get("streamer1", path(other) + "/timeline").statusCode(404);
        api.step("streamer1", other, "messages", Map.of("text", "Hello")).statusCode(404);

        api.step("streamer1", theirs, "messages", Map.of("text", "The label was shown at 30:30.")).statusCode(201);
        api.plain("streamer1").multiPart("file", "clip.png", SampleInputs.tinyPng(), "image/png")
                .post(path(theirs) + "/evidence").then().statusCode(201);
        api.get("buyer1", path(theirs) + "/messages").statusCode(200).body("text", hasItem(
                "The label was shown at 30:30."));
    }

    @Test
    void theStreamerAnswersTheQuestionTheMediatorPutToThemAndIsToldOfIt() {
        // given a case about streamer1's room in mediation
        String id = api.claimedMediationAbout("hm-live-88");

        // when the mediator asks the streamer
        api.step("mediator1", id, "mediation/decision", Map.of("decision", "REQUEST_INFO", "party", "STREAMER",
                "question", "What did you say about the wool content?", "reasoning", "The stream is the evidence."))
                .statusCode(200).body("stage", equalTo("INFORMATION_REQUEST"))
                .body("informationRequest.party", equalTo("STREAMER"));

        // then the profile's hosts of the moment are told (other tests may add some), has the task and may
        // answer; the buyer and the shop may not
        assertThat(told(id)).contains("streamer1").containsExactlyInAnyOrderElementsOf(jdbc.sql(
                "select username from users where role = 'STREAMER' and streamer_id = 'st-hm-001' and enabled")
                .query(String.class).list());
        List<String> tasks = api.get("streamer1", "/api/tasks").statusCode(200).extract().jsonPath()
                .getList("complaintId");
        assertThat(tasks).contains(id);
        api.get("streamer1", path(id)).statusCode(200).body("actions", hasItem("information"));
        api.step("buyer1", id, "information", Map.of("text", "Me?")).statusCode(403);
        api.step("shop1", id, "information", Map.of("text", "Us?")).statusCode(403);

        // when the streamer answers
        api.step("streamer1", id, "information", Map.of("text", "I said 100% wool, as the shop told me."))
                .statusCode(200).body("stage", equalTo("MEDIATION")).body("informationRequest", nullValue());

        // then the timeline says who answered
        api.get("mediator1", path(id) + "/timeline").statusCode(200)
                .body("action", hasItem("INFORMATION_PROVIDED")).body("role", hasItem("STREAMER"));
    }

    @Test
    void askingTheStreamerOnACaseWithoutOneIsRefusedAndChangesNothing() {
        String id = api.claimedMediationAbout("hm-live-42");

        api.step("mediator1", id, "mediation/decision", Map.of("decision", "REQUEST_INFO", "party", "STREAMER",
                "question", "Anyone?", "reasoning", "Asking.")).statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("names no streamer"));

        api.get("mediator1", path(id)).statusCode(200).body("stage", equalTo("MEDIATION"))
                .body("informationRequest", nullValue());
    }

    private String fileAbout(String room) {
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", "ST-" + UUID.randomUUID());
        body.put("livestream", Map.of("room", room, "offsetSeconds", 1830));
        return api.fileComplaint("buyer1", body);
    }

    private List<String> told(String complaintId) {
        return jdbc.sql("""
                select username from notifications
                where complaint_id = ? and stage = 'INFORMATION_REQUEST' and kind = 'ACTION_REQUIRED'""")
                .param(complaintId).query(String.class).list();
    }

    private static String path(String id) {
        return "/api/complaints/" + id;
    }
}
