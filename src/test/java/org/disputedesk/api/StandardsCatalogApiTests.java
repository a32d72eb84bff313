package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

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
 * The committee keeps a living catalog: standards and clauses in Chinese and English, added through
 * the API, and a superseded standard that new rulings may no longer cite while old ones keep it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class StandardsCatalogApiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeededCatalogSpeaksChineseAndHoldsTheChildrensAndTheComplaintCodeStandards() {
        api.get("buyer1", "/api/standards").statusCode(200)
                .body("code", hasItems("GB 5296.4-2012", "GB 18401-2010", "GB/T 29862-2013", "GB 31701-2015",
                        "GB/T 42499-2023"))
                .body("find { it.code == 'GB 5296.4-2012' }.titleZh", equalTo("消费品使用说明 第4部分：纺织品和服装"))
                .body("find { it.code == 'GB 5296.4-2012' }.clauses.find { it.clause == '5.4' }.titleZh",
                        equalTo("纤维成分及含量"))
                .body("find { it.code == 'GB 31701-2015' }.clauses.clause", hasItems("4", "5.1", "5.2"))
                .body("every { it.status == 'CURRENT' || it.status == 'SUPERSEDED' }", equalTo(true))
                .body("find { it.code == 'GB 18401-2010' }.clauses.every { it.titleZh != null }", equalTo(true));
    }

    @Test
    void theCommitteeAddsAStandardWithItsClausesAndAClauseLater() {
        String code = code();
        api.as("committee1").body(Map.of("code", code, "title", "Knitted garments", "titleZh", "针织服装",
                        "scope", "Knitwear sold online", "clauses", List.of(
                                Map.of("clause", "4.1", "title", "Size tolerance", "titleZh", "规格尺寸偏差"))))
                .post("/api/standards").then().statusCode(201)
                .body("code", equalTo(code)).body("titleZh", equalTo("针织服装")).body("status", equalTo("CURRENT"))
                .body("clauses.clause", equalTo(List.of("4.1")));

        api.as("admin").body(Map.of("clause", "4.2", "title", "Seam strength", "titleZh", "缝口强力"))
                .post("/api/standards/" + code + "/clauses").then().statusCode(201)
                .body("clauses.clause", equalTo(List.of("4.1", "4.2")));
        api.as("admin").body(Map.of("clause", "4.2", "title", "Again"))
                .post("/api/standards/" + code + "/clauses").then().statusCode(409).contentType(Api.PROBLEM_JSON);
        api.as("committee1").body(Map.of("code", code, "title", "Again")).post("/api/standards")
                .then().statusCode(409).contentType(Api.PROBLEM_JSON);

        api.get("admin", "/api/admin/audit").statusCode(200)
                .body("findAll { it.target == 'standard:" + code + "' }.action",
                        hasItems("STANDARD_ADDED", "STANDARD_CLAUSE_ADDED"));
    }

    @Test
    void aCodeWithASlashIsWrittenAsItIsInThePath() {
        api.as("committee1").body(Map.of("clause", "8", "title", "Test report on request", "titleZh", "应要求提供检测报告"))
                .post("/api/standards/GB/T 42499-2023/clauses").then().statusCode(201)
                .body("code", equalTo("GB/T 42499-2023")).body("clauses.clause", hasItem("8"));
        api.as("committee1").body(Map.of("clause", "1", "title", "x"))
                .post("/api/standards/GB/T 1-1999/clauses").then().statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void badEntriesAreRefusedAndChangeNothing() {
        long before = count();
        api.as("committee1").body(Map.of("code", "not a code", "title", "x")).post("/api/standards")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON);
        api.as("committee1").body(Map.of("code", code(), "title", " ")).post("/api/standards")
                .then().statusCode(400);
        api.as("committee1").body(Map.of("code", code(), "title", "x", "clauses", List.of(Map.of("clause", "5 6",
                "title", "x")))).post("/api/standards").then().statusCode(400);
        api.as("shop1").body(Map.of("code", code(), "title", "x")).post("/api/standards")
                .then().statusCode(403).contentType(Api.PROBLEM_JSON);
        api.as("mediator1").body(Map.of("status", "SUPERSEDED")).patch("/api/standards/GB 18401-2010")
                .then().statusCode(403);
        api.as("committee1").body(Map.of("status", "SUPERSEDED", "supersededBy", "GB 1-1990"))
                .patch("/api/standards/GB 18401-2010").then().statusCode(422).contentType(Api.PROBLEM_JSON);
        api.as("committee1").body(Map.of("status", "OBSOLETE")).patch("/api/standards/GB 18401-2010")
                .then().statusCode(400);
        assertThat(count()).isEqualTo(before);
        api.get("buyer1", "/api/standards").body("find { it.code == 'GB 18401-2010' }.status", equalTo("CURRENT"));
    }

    @Test
    void aSupersededStandardCannotBeCitedAnewButOldRulingsKeepIt() {
        String code = code();
        api.as("committee1").body(Map.of("code", code, "title", "Old labelling rule", "clauses",
                List.of(Map.of("clause", "3", "title", "Labels")))).post("/api/standards").then().statusCode(201);
        String earlier = inCommitteeReview();
        rule(earlier, code).statusCode(200);

        api.as("committee1").body(Map.of("status", "SUPERSEDED", "supersededBy", "GB 5296.4-2012"))
                .patch("/api/standards/" + code).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo("GB 5296.4-2012"));

        String later = inCommitteeReview();
        rule(later, code).statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo(code + " is superseded: a new ruling may not cite it."));
        assertThat(api.stageOf(later)).isEqualTo("COMMITTEE_REVIEW");
        api.get("committee1", "/api/complaints/" + earlier).statusCode(200)
                .body("committeeRuling.citations.standard", hasItem(code));

        api.as("committee1").body(Map.of("status", "CURRENT")).patch("/api/standards/" + code).then().statusCode(200)
                .body("supersededBy", equalTo(null));
        rule(later, code).statusCode(200);
    }

    private io.restassured.response.ValidatableResponse rule(String id, String code) {
        return api.step("committee1", id, "committee-ruling", Map.of("finding", "NONCONFORMING",
                "citations", List.of(Map.of("standard", code, "clause", "3")), "reasoning", "The label is wrong."));
    }

    private String inCommitteeReview() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "No.")).statusCode(200);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        api.step("mediator1", id, "mediation/decision", Map.of("decision", "ESCALATE",
                "question", "Does the label conform?", "reasoning", "A standards question.")).statusCode(200);
        return id;
    }

    private static String code() {
        return "GB " + (80000 + (int) (Math.random() * 9999)) + "-2026";
    }

    private long count() {
        return jdbc.sql("select (select count(*) from standards) + (select count(*) from standard_clauses)")
                .query(Long.class).single();
    }
}
