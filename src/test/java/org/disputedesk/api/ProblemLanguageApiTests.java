package org.disputedesk.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.specification.RequestSpecification;

/**
 * A refusal is said in the reader's language, as the portal's pages show it: its detail, each
 * field's message and each bad line of an import. A client that names no language, or English,
 * reads the API's English as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class ProblemLanguageApiTests {

    private static final String CHINESE = "zh-CN";

    @Autowired
    Api api;

    @Test
    void aRuleOfTheDomainRefusesInTheReadersLanguage() {
        Map<String, Object> overClaimed = new HashMap<>(SampleInputs.complaint("shop-hm-001", order()));
        overClaimed.put("claimedAmount", 5000);

        in(CHINESE, api.as("buyer1")).body(overClaimed).post("/api/complaints").then().statusCode(422)
                .body("detail", equalTo("索赔金额不能超过订单金额。")).body("title", equalTo("Refused by a rule"));
        api.as("buyer1").body(overClaimed).post("/api/complaints").then().statusCode(422)
                .body("detail", equalTo("The claimed amount may not exceed the order amount."));
    }

    @Test
    void aStepThatIsNotOpenNamesTheStageInTheReadersLanguage() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", order());
        api.step("buyer1", id, "withdrawal", null).statusCode(200);

        in(CHINESE, api.as("shop1")).body(Map.of("decision", "ACCEPT", "message", "好的"))
                .post("/api/complaints/" + id + "/shop-response").then().statusCode(409)
                .body("detail", equalTo("这一步现在不能办理：案件处于“已结案”阶段。")).body("stage", equalTo("CLOSED"));
    }

    @Test
    void aFieldThatAnotherFieldRequiresIsNamedInTheReadersLanguage() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", order());

        in(CHINESE, api.as("shop1")).body(Map.of("decision", "COUNTER_OFFER", "message", "可以退一半"))
                .post("/api/complaints/" + id + "/shop-response").then().statusCode(400)
                .body("errors.find { it.field == 'remedy' }.message", equalTo("还价时必须填写"));
        in("en", api.as("shop1")).body(Map.of("decision", "COUNTER_OFFER", "message", "Half back"))
                .post("/api/complaints/" + id + "/shop-response").then().statusCode(400)
                .body("errors.find { it.field == 'remedy' }.message", equalTo("is required for a counter-offer"));
    }

    @Test
    void onboardingRefusalsAreSaidInTheReadersLanguage() {
        in(CHINESE, api.as("admin")).body(Map.of("id", "humen", "name", "Humen again"))
                .post("/api/admin/parks").then().statusCode(409).body("detail", equalTo("园区 humen 已存在，未做任何更改。"));
        in(CHINESE, api.as("parkadmin1")).body(Map.of("id", "坏编号", "parkId", "humen", "name", "Bad"))
                .post("/api/admin/shops").then().statusCode(400)
                .body("errors.message", contains("须为 1 到 64 个字母、数字、“.”、“_”或“-”，并以字母或数字开头"));
        api.as("parkadmin1").body(Map.of("id", "坏编号", "parkId", "humen", "name", "Bad"))
                .post("/api/admin/shops").then().statusCode(400).body("errors.message",
                        contains("must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    }

    @Test
    void everyBadLineOfAnImportIsSaidInTheReadersLanguage() {
        String shop = "pl-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "id,parkId,name,platform,platformShopId\n"
                + shop + ",humen,First,,\n"
                + shop + ",humen,Again,,\n"
                + shop + "-dl,dalang,Not mine,,\n"
                + "short,humen\n";

        in(CHINESE, api.plain("parkadmin1")).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/admin/shops/import").then().statusCode(422)
                .body("detail", equalTo("4 行中有 3 行无法导入，未导入任何内容。"))
                .body("errors.line", contains(3, 4, 5))
                .body("errors.message", contains("编号 " + shop + " 也在第 2 行",
                        "园区 dalang 不归您管理：您只能导入园区 humen 的店铺",
                        "有 2 个字段，应为 5 个（id,parkId,name,platform,platformShopId）"));
        api.importShops("parkadmin1", csv).statusCode(422)
                .body("detail", equalTo("3 of 4 rows cannot be imported; nothing was imported."))
                .body("errors.message", hasItem("has 2 fields, not 5 (id,parkId,name,platform,platformShopId)"));
    }

    private static RequestSpecification in(String language, RequestSpecification request) {
        return request.header("Accept-Language", language);
    }

    private static String order() {
        return "PL-" + UUID.randomUUID();
    }
}
