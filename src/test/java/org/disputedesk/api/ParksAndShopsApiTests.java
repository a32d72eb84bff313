package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
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
 * Parks and shops onboarded one at a time: an administrator creates parks, a park's administrator
 * its shops and no other park's; everyone signed in reads the parks and the shop directory. A
 * refused creation writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class ParksAndShopsApiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesAParkThatEverySignedInUserThenListsAndReads() {
        String id = "park-" + token();

        String location = api.as("admin").body(Map.of("id", id, "name", "Shaxi Casualwear Park", "nameZh", "沙溪休闲服装园"))
                .post("/api/admin/parks").then().statusCode(201).contentType("application/json")
                .header("Location", endsWith("/api/parks/" + id))
                .body("id", equalTo(id)).body("name", equalTo("Shaxi Casualwear Park"))
                .body("nameZh", equalTo("沙溪休闲服装园")).extract().header("Location");

        api.get("buyer1", "/api/parks?size=200").statusCode(200).body("id", hasItems("humen", "dalang", id));
        api.get("shop3", location).statusCode(200).body("nameZh", equalTo("沙溪休闲服装园"));
        api.get("mediator1", "/api/parks/humen").statusCode(200)
                .body("name", equalTo("Humen E-commerce Industrial Park"))
                .body("nameZh", equalTo("虎门电子商务产业园"));
        api.get("buyer1", "/api/parks/no-such-park").statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aParkWithoutAChineseNameHasNone() {
        String id = "park-" + token();

        api.as("admin").body(Map.of("id", id, "name", "Plain park", "nameZh", "  ")).post("/api/admin/parks")
                .then().statusCode(201).body("nameZh", nullValue());
        api.get("buyer2", "/api/parks/" + id).statusCode(200).body("nameZh", nullValue());
    }

    @Test
    void onlyAnAdministratorCreatesParksAndARefusalWritesNothing() {
        long before = count("parks");
        long audited = count("admin_audit");

        for (String user : List.of("parkadmin1", "mediator1", "shop1", "buyer1", "committee1")) {
            api.as(user).body(Map.of("id", "park-" + token(), "name", "Not theirs")).post("/api/admin/parks")
                    .then().statusCode(403).contentType(Api.PROBLEM_JSON).body("status", equalTo(403));
        }
        api.anonymous().body(Map.of("id", "park-" + token(), "name", "Anonymous")).post("/api/admin/parks")
                .then().statusCode(401).contentType(Api.PROBLEM_JSON);
        api.as("admin").body(Map.of("id", "humen", "name", "Humen again")).post("/api/admin/parks")
                .then().statusCode(409).contentType(Api.PROBLEM_JSON).body("detail", containsString("humen"));

        assertThat(count("parks")).isEqualTo(before);
        assertThat(count("admin_audit")).isEqualTo(audited);
        api.get("admin", "/api/parks/humen").statusCode(200).body("name", equalTo("Humen E-commerce Industrial Park"));
    }

    @Test
    void aParkWithABadIdOrNameIsA400NamingEachFieldAndWritesNothing() {
        long before = count("parks");

        api.as("admin").body(Map.of("id", "../etc", "name", " ", "nameZh", "x".repeat(201))).post("/api/admin/parks")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", hasItems("id", "name", "nameZh"));
        api.as("admin").body(Map.of("id", "p" + "x".repeat(64), "name", "Line\nbreak")).post("/api/admin/parks")
                .then().statusCode(400).body("errors.field", hasItems("id", "name"));
        api.as("admin").body(Map.of("name", "No id")).post("/api/admin/parks")
                .then().statusCode(400).body("errors.field", hasItems("id"));

        assertThat(count("parks")).isEqualTo(before);
    }

    @Test
    void aParkAdministratorCreatesShopsInTheirOwnParkAndAnotherParkDoesNotExistForThem() {
        String humenShop = "shop-" + token();
        String dalangShop = "shop-" + token();
        long before = count("shops");

        api.as("parkadmin1").body(shop(humenShop, "humen", "Humen Denim", "TAOBAO", "tb-88")).post("/api/admin/shops")
                .then().statusCode(201).header("Location", endsWith("/api/shops/" + humenShop))
                .body("id", equalTo(humenShop)).body("parkId", equalTo("humen")).body("platform", equalTo("TAOBAO"))
                .body("platformShopId", equalTo("tb-88"));
        api.as("parkadmin2").body(shop(dalangShop, "dalang", "Dalang Wool", null, null)).post("/api/admin/shops")
                .then().statusCode(201).body("platform", nullValue());
        for (String[] refused : List.of(new String[] {"parkadmin1", "dalang"}, new String[] {"parkadmin2", "humen"},
                new String[] {"parkadmin1", "no-such-park"}, new String[] {"admin", "no-such-park"})) {
            api.as(refused[0]).body(shop("shop-" + token(), refused[1], "Elsewhere", null, null))
                    .post("/api/admin/shops").then().statusCode(404).contentType(Api.PROBLEM_JSON)
                    .body("detail", equalTo("Park " + refused[1] + " does not exist."));
        }
        assertThat(count("shops")).isEqualTo(before + 2);

        api.get("buyer1", "/api/shops/" + humenShop).statusCode(200).body("name", equalTo("Humen Denim"));
        api.get("buyer1", "/api/shops/no-such-shop").statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void anAdministratorCreatesShopsInAnyParkAndOtherRolesNone() {
        long before = count("shops");
        long audited = count("admin_audit");

        api.as("admin").body(shop("shop-" + token(), "dalang", "Dalang by admin", "DOUYIN", "dy-1"))
                .post("/api/admin/shops").then().statusCode(201);
        for (String user : List.of("mediator1", "shop1", "buyer1", "committee1")) {
            api.as(user).body(shop("shop-" + token(), "humen", "Not theirs", null, null)).post("/api/admin/shops")
                    .then().statusCode(403).contentType(Api.PROBLEM_JSON);
        }
        api.as("parkadmin1").body(shop("shop-hm-001", "humen", "Taken", null, null)).post("/api/admin/shops")
                .then().statusCode(409).contentType(Api.PROBLEM_JSON);
        api.as("parkadmin1").body(shop("shop " + token(), "humen", "", "x".repeat(41), "tb\n88"))
                .post("/api/admin/shops").then().statusCode(400)
                .body("errors.field", hasItems("id", "name", "platform", "platformShopId"));

        assertThat(count("shops")).isEqualTo(before + 1);
        assertThat(count("admin_audit")).isEqualTo(audited + 1);
        api.get("buyer1", "/api/shops/shop-hm-001").statusCode(200)
                .body("name", equalTo("Humen Lace Fashion Flagship"));
    }

    @Test
    void theDirectoryFindsShopsByNameOrIdInAnyCaseWithinAParkAPageAtATime() {
        String tag = token();
        api.as("admin").body(shop("a-" + tag, "humen", "Lace " + tag.toUpperCase() + " Store", null, null))
                .post("/api/admin/shops").then().statusCode(201);
        api.as("admin").body(shop("b-" + tag, "humen", "Silk 100%_off", null, null))
                .post("/api/admin/shops").then().statusCode(201);
        api.as("admin").body(shop("c-" + tag, "dalang", "Knit " + tag, null, null))
                .post("/api/admin/shops").then().statusCode(201);

        assertThat(ids("/api/shops?q=" + tag.toUpperCase())).containsExactly("a-" + tag, "b-" + tag, "c-" + tag);
        assertThat(ids("/api/shops?parkId=dalang&q=" + tag)).containsExactly("c-" + tag);
        assertThat(ids("/api/shops?q=" + tag + "&size=2")).containsExactly("a-" + tag, "b-" + tag);
        assertThat(ids("/api/shops?q=" + tag + "&size=2&page=1")).containsExactly("c-" + tag);
        // % and _ are characters like any other, not wildcards
        assertThat(found("100%_")).contains("b-" + tag);
        assertThat(found("k%f")).isEmpty();
        assertThat(found("l_ce")).isEmpty();
        assertThat(ids("/api/shops?parkId=humen&size=200")).contains("shop-hm-001", "shop-hm-002")
                .doesNotContain("shop-dl-001");
        api.get("shop1", "/api/shops?q=LACE FASHION").statusCode(200).body("[0].id", equalTo("shop-hm-001"))
                .body("[0].name", equalTo("Humen Lace Fashion Flagship")).body("[0].parkId", equalTo("humen"));
        api.get("shop1", "/api/shops?size=201").statusCode(400).contentType(Api.PROBLEM_JSON);
        api.get("shop1", "/api/shops?q=" + "q".repeat(201)).statusCode(400).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aShopHasAChineseNameThatTheDirectoryShowsAndFinds() {
        String tag = token();
        String id = "zh-" + tag;

        api.as("parkadmin1").body(Map.of("id", id, "parkId", "humen", "name", "Humen Lace " + tag,
                        "nameZh", "虎门蕾丝" + tag + "服饰旗舰店"))
                .post("/api/admin/shops").then().statusCode(201).body("nameZh", equalTo("虎门蕾丝" + tag + "服饰旗舰店"));

        api.get("buyer1", "/api/shops/" + id).statusCode(200).body("name", equalTo("Humen Lace " + tag))
                .body("nameZh", equalTo("虎门蕾丝" + tag + "服饰旗舰店"));
        api.as("buyer2").queryParam("q", tag + "服饰").get("/api/shops").then().statusCode(200)
                .body("id", contains(id)).body("[0].name", equalTo("Humen Lace " + tag))
                .body("[0].nameZh", equalTo("虎门蕾丝" + tag + "服饰旗舰店")).body("[0].parkId", equalTo("humen"));
        api.get("buyer1", "/api/shops/" + id + "/record").statusCode(200)
                .body("name", equalTo("Humen Lace " + tag)).body("nameZh", equalTo("虎门蕾丝" + tag + "服饰旗舰店"));
        api.get("buyer1", "/api/shops?q=虎门蕾丝服饰旗舰").statusCode(200).body("id", hasItems("shop-hm-001"));
    }

    @Test
    void aShopWithoutAChineseNameHasNoneAndABadOneIsA400() {
        String id = "zh-" + token();
        long before = count("shops");

        api.as("parkadmin1").body(Map.of("id", "zh-" + token(), "parkId", "humen", "name", "Bad", "nameZh",
                "虎门\n女装"))
                .post("/api/admin/shops").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", contains("nameZh"));
        api.as("parkadmin1").body(Map.of("id", "zh-" + token(), "parkId", "humen", "name", "Bad",
                "nameZh", "装".repeat(201))).post("/api/admin/shops").then().statusCode(400)
                .body("errors.field", contains("nameZh"));
        assertThat(count("shops")).isEqualTo(before);

        api.as("parkadmin1").body(Map.of("id", id, "parkId", "humen", "name", "Plain", "nameZh", " "))
                .post("/api/admin/shops").then().statusCode(201).body("nameZh", nullValue());
        api.get("buyer1", "/api/shops/" + id).statusCode(200).body("nameZh", nullValue());
    }

    private List<String> found(String q) {
        return api.as("buyer2").queryParam("q", q).get("/api/shops").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class);
    }

    private List<String> ids(String path) {
        return api.get("buyer2", path).statusCode(200).contentType("application/json").extract().jsonPath()
                .getList("id", String.class);
    }

    private static Map<String, Object> shop(String id, String parkId, String name, String platform,
                                            String platformShopId) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "parkId", parkId, "name", name));
        body.put("platform", platform);
        body.put("platformShopId", platformShopId);
        return body;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
