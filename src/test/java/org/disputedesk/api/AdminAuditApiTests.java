package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.hasSize;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditLog;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * The log of administrative actions: each park created, shop created and import is there with its
 * actor, target and detail, newest first, the detail in the reader's language; a park administrator
 * reads their own park's entries only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class AdminAuditApiTests {

    @Autowired
    Api api;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyOnboardingActionIsLoggedNewestFirstWithItsActorTargetAndDetail() {
        String park = "park-" + token();
        String shop = "shop-" + token();
        String imported = "imp-" + token();
        auditPark(park);
        api.as("parkadmin1").body(Map.of("id", shop, "parkId", "humen", "name", "Audited shop"))
                .post("/api/admin/shops").then().statusCode(201);
        api.importShops("parkadmin1", "id,parkId,name,platform,platformShopId\n" + imported + ",humen,One,,\n"
                + "shop-hm-002,humen,Pearl River Kidswear,,\n").statusCode(200);

        List<Map<String, Object>> entries = entries("admin", "?size=3");

        assertThat(entries).extracting("actor", "action", "target", "parkId", "detail").containsExactly(
                tuple("parkadmin1", "SHOPS_IMPORTED", "park:humen", "humen",
                        "1 created, 0 updated, 1 unchanged"),
                tuple("parkadmin1", "SHOP_CREATED", "shop:" + shop, "humen",
                        "Audited shop"),
                tuple("admin", "PARK_CREATED", "park:" + park, park,
                        "Audit park / 审计园区"));
        assertThat(entries).allSatisfy(e -> assertThat((String) e.get("at")).endsWith("Z"));
    }

    @Test
    void eachEntryIsSaidInTheReadersLanguage() {
        String park = "park-" + token();
        auditPark(park);
        String shop = "shop-" + token();
        api.as("admin").body(Map.of("id", shop, "parkId", park, "name", "Lace House", "nameZh", "蕾丝坊"))
                .post("/api/admin/shops").then().statusCode(201);
        String user = "op" + token();
        api.importShops("admin", "id,parkId,name,platform,platformShopId\n" + shop + ",%s,Lace House,TAOBAO,\n"
                .formatted(park) + "n-" + shop + ",%s,New,,\n".formatted(park)).statusCode(200);
        api.as("admin").body(Map.of("username", user, "displayName", "Operator", "email", user + "@example.com",
                "role", "SHOP", "parkId", park, "shopIds", List.of(shop))).post("/api/admin/users").then()
                .statusCode(201);

        assertThat(details("zh-CN", park)).containsExactly(
                tuple("USER_CREATED", "园区 " + park + " 的商家；店铺 " + shop),
                tuple("SHOPS_IMPORTED", "新建 1 家，更新 1 家，未变 0 家"),
                tuple("SHOP_CREATED", "蕾丝坊（Lace House）"),
                tuple("PARK_CREATED", "审计园区（Audit park）"));
        assertThat(details("en", park)).containsExactly(
                tuple("USER_CREATED", "Shop of park " + park + "; shops " + shop),
                tuple("SHOPS_IMPORTED", "1 created, 1 updated, 0 unchanged"),
                tuple("SHOP_CREATED", "Lace House / 蕾丝坊"),
                tuple("PARK_CREATED", "Audit park / 审计园区"));
        assertThat(details(null, park)).isEqualTo(details("en", park));
    }

    @Test
    void anEntryWrittenBeforeDetailsWereKeptInBothLanguagesReadsAsItWasWritten() {
        String park = "old-" + token();
        jdbc.sql("insert into admin_audit (at, actor, park_id, action, target, detail) values (?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(ZoneOffset.UTC), "admin", park, "SHOPS_IMPORTED", "park:" + park,
                        "3 created, 0 updated, 0 unchanged").update();

        assertThat(details("zh-CN", park))
                .containsExactly(tuple("SHOPS_IMPORTED", "3 created, 0 updated, 0 unchanged"));
        assertThat(details("en", park)).containsExactly(tuple("SHOPS_IMPORTED", "3 created, 0 updated, 0 unchanged"));
    }

    @Test
    void aParkAdministratorReadsTheirOwnParksEntriesOnly() {
        api.as("parkadmin2").body(Map.of("id", "shop-" + token(), "parkId", "dalang", "name", "Dalang audit"))
                .post("/api/admin/shops").then().statusCode(201);
        api.as("parkadmin1").body(Map.of("id", "shop-" + token(), "parkId", "humen", "name", "Humen audit"))
                .post("/api/admin/shops").then().statusCode(201);

        assertThat(entries("parkadmin2", "?size=200")).isNotEmpty()
                .allSatisfy(e -> assertThat(e).containsEntry("parkId", "dalang"));
        assertThat(entries("parkadmin1", "?size=200")).isNotEmpty()
                .allSatisfy(e -> assertThat(e).containsEntry("parkId", "humen"));
        assertThat(entries("parkadmin1", "?parkId=humen&size=200")).isNotEmpty();
        api.get("parkadmin1", "/api/admin/audit?parkId=dalang").statusCode(404).contentType(Api.PROBLEM_JSON);
        assertThat(entries("admin", "?parkId=dalang&size=200")).isNotEmpty()
                .allSatisfy(e -> assertThat(e).containsEntry("parkId", "dalang"));
        api.get("admin", "/api/admin/audit?size=1").statusCode(200).body("$", hasSize(1));
        api.get("admin", "/api/admin/audit?size=201").statusCode(400).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void theLogIsForAdministratorsAndParkAdministratorsOnly() {
        for (String user : List.of("buyer1", "shop1", "mediator1", "committee1")) {
            api.get(user, "/api/admin/audit").statusCode(403).contentType(Api.PROBLEM_JSON);
        }
        api.anonymous().get("/api/admin/audit").then().statusCode(401).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void anEntryIsWrittenOnlyInTheTransactionOfItsAction() {
        long before = jdbc.sql("select count(*) from admin_audit").query(Long.class).single();

        assertThatThrownBy(() -> audit.record("admin", AuditAction.PARK_CREATED, "park:x", "x",
                AuditDetail.names("outside", null)))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(jdbc.sql("select count(*) from admin_audit").query(Long.class).single()).isEqualTo(before);
    }

    /** A park "Audit park", 审计园区 in Chinese. */
    private void auditPark(String park) {
        api.as("admin").body(Map.of("id", park, "name", "Audit park", "nameZh", "审计园区")).post("/api/admin/parks")
                .then().statusCode(201);
    }

    /** The park's entries, newest first, as (action, detail) for a reader of {@code language} (null: none named). */
    private List<Tuple> details(String language, String park) {
        var request = api.as("admin");
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        List<Map<String, Object>> entries = request.get("/api/admin/audit?parkId=" + park).then().statusCode(200)
                .extract().jsonPath().getList("$");
        return entries.stream().map(e -> tuple(e.get("action"), e.get("detail"))).toList();
    }

    private List<Map<String, Object>> entries(String user, String query) {
        return api.get(user, "/api/admin/audit" + query).statusCode(200).contentType("application/json")
                .extract().jsonPath().getList("$");
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
