package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * Shops imported from a spreadsheet's CSV: all rows or none, every bad row listed by the line a
 * spreadsheet shows it on, a park administrator's rows for their own park only, and a re-import
 * that updates names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class ShopImportApiTests {

    private static final String HEADER = "id,parkId,name,platform,platformShopId\n";
    private static final String WITH_NAME_ZH = "id,parkId,name,platform,platformShopId,nameZh\n";

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aParkAdministratorImportsAFileWithAByteOrderMarkQuotedCommasAndChineseNames() {
        String t = token();
        String csv = "\uFEFF" + HEADER
                + "a-" + t + ",humen,\"Lace, Ribbons & Co.\",TAOBAO,tb-1001\r\n"
                + "b-" + t + ",humen,虎门“精品”女装，旗舰店,DOUYIN,\r\n"
                + "c-" + t + ",humen,\"The \"\"Pearl\"\" Kidswear, 2nd shop\",,\r\n";

        api.importShops("parkadmin1", csv).statusCode(200).contentType("application/json")
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0));

        api.get("buyer1", "/api/shops/a-" + t).statusCode(200).body("name", equalTo("Lace, Ribbons & Co."))
                .body("parkId", equalTo("humen")).body("platform", equalTo("TAOBAO"))
                .body("platformShopId", equalTo("tb-1001"));
        api.get("buyer1", "/api/shops/b-" + t).statusCode(200).body("name", equalTo("虎门“精品”女装，旗舰店"))
                .body("platformShopId", equalTo(null));
        api.get("buyer1", "/api/shops/c-" + t).statusCode(200)
                .body("name", equalTo("The \"Pearl\" Kidswear, 2nd shop"));
    }

    @Test
    void reimportingUpdatesNamesAndPlatformsAndCountsWhatDidNotChange() {
        String t = token();
        api.importShops("parkadmin2", HEADER + "a-" + t + ",dalang,Old name,,\nb-" + t + ",dalang,Same,,\n")
                .statusCode(200).body("created", equalTo(2));

        api.importShops("parkadmin2", HEADER + "a-" + t + ",dalang,New name,PINDUODUO,pdd-9\nb-" + t
                        + ",dalang,Same,,\nc-" + t + ",dalang,Third,,\n")
                .statusCode(200).body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1));

        api.get("shop1", "/api/shops/a-" + t).statusCode(200).body("name", equalTo("New name"))
                .body("platform", equalTo("PINDUODUO"));
    }

    @Test
    void aFileWithTheChineseNameColumnImportsChineseNamesAndAReimportUpdatesBothNames() {
        String t = token();
        api.importShops("parkadmin1", "\uFEFF" + WITH_NAME_ZH
                        + "a-" + t + ",humen,Humen Lace,TAOBAO,tb-1,虎门蕾丝服饰旗舰店\r\n"
                        + "b-" + t + ",humen,Pearl Kids,,,\r\n"
                        + "c-" + t + ",humen,Silk,,,\"虎门“真丝”服饰，二店\"\r\n")
                .statusCode(200).body("created", equalTo(3));
        api.get("buyer1", "/api/shops/a-" + t).statusCode(200).body("name", equalTo("Humen Lace"))
                .body("nameZh", equalTo("虎门蕾丝服饰旗舰店")).body("platform", equalTo("TAOBAO"));
        api.get("buyer1", "/api/shops/b-" + t).statusCode(200).body("nameZh", equalTo(null));
        api.get("buyer1", "/api/shops/c-" + t).statusCode(200).body("nameZh", equalTo("虎门“真丝”服饰，二店"));

        api.importShops("parkadmin1", WITH_NAME_ZH
                        + "a-" + t + ",humen,Humen Lace Flagship,TAOBAO,tb-1,虎门蕾丝旗舰店\n"
                        + "b-" + t + ",humen,Pearl Kids,,,珠江童装\n"
                        + "c-" + t + ",humen,Silk,,,\"虎门“真丝”服饰，二店\"\n")
                .statusCode(200).body("created", equalTo(0)).body("updated", equalTo(2)).body("unchanged", equalTo(1));

        api.get("buyer1", "/api/shops/a-" + t).statusCode(200).body("name", equalTo("Humen Lace Flagship"))
                .body("nameZh", equalTo("虎门蕾丝旗舰店"));
        api.get("buyer1", "/api/shops/b-" + t).statusCode(200).body("nameZh", equalTo("珠江童装"));
        api.get("buyer1", "/api/shops?q=蕾丝旗舰店").statusCode(200).body("id", hasItem("a-" + t));
    }

    @Test
    void aFileOfTheFiveColumnsStillImportsAndLeavesChineseNamesAsTheyAre() {
        String t = token();
        api.importShops("parkadmin2", WITH_NAME_ZH + "a-" + t + ",dalang,Knit Studio,,,大朗毛织工作室\n")
                .statusCode(200).body("created", equalTo(1));

        api.importShops("parkadmin2", HEADER + "a-" + t + ",dalang,Knit Studio,,\nb-" + t + ",dalang,Wool,,\n")
                .statusCode(200).body("created", equalTo(1)).body("updated", equalTo(0)).body("unchanged", equalTo(1));
        api.importShops("parkadmin2", HEADER + "a-" + t + ",dalang,Knit Studio Two,,\n")
                .statusCode(200).body("updated", equalTo(1));

        api.get("shop3", "/api/shops/a-" + t).statusCode(200).body("name", equalTo("Knit Studio Two"))
                .body("nameZh", equalTo("大朗毛织工作室"));
        api.get("shop3", "/api/shops/b-" + t).statusCode(200).body("name", equalTo("Wool"))
                .body("nameZh", equalTo(null));
    }

    @Test
    void aBadChineseNameIsListedByItsLineLikeAnyOtherBadCell() {
        String t = token();
        long shops = count("shops");
        String csv = WITH_NAME_ZH
                + "a-" + t + ",humen,Good,,,\"两行\n名称\"\n"               // line 2
                + "b-" + t + ",humen,Good,,," + "装".repeat(201) + "\n"    // line 3
                + "c-" + t + ",humen,Five cells,,\n"                        // line 4
                + "d-" + t + ",humen,Good,,,\u202E反向\n"                   // line 5: a bidi override
                + "e-" + t + ",humen,Good,,,虎门女装\n";                     // line 6, good

        var errors = api.importShops("parkadmin1", csv).statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("4 of 5 rows")).extract().jsonPath();

        assertThat(errors.getList("errors.line", Integer.class)).containsExactly(2, 3, 4, 5);
        assertThat(errors.getList("errors.message", String.class)).startsWith(
                "nameZh must not contain control characters such as line breaks",
                "nameZh must have at most 200 characters",
                "has 5 fields, not 6 (id,parkId,name,platform,platformShopId,nameZh)");
        assertThat(errors.getString("errors[3].message")).startsWith("nameZh ");
        assertThat(count("shops")).isEqualTo(shops);
    }

    @Test
    void everyBadRowIsListedByItsSpreadsheetLineAndNothingIsWritten() {
        String t = token();
        long shops = count("shops");
        long audited = count("admin_audit");
        String csv = HEADER
                + "ok1-" + t + ",humen,\"A cell\non two lines\",,\n"      // line 2: a name is one line
                + "ok2-" + t + ",humen,,,\n"                               // line 3: no name
                + "bad id " + t + ",humen,Spaces in the id,,\n"            // line 4
                + "ok3-" + t + ",humen," + "n".repeat(201) + ",,\n"       // line 5: name too long
                + ",,,,\n"                                                 // line 6: blank, skipped
                + "ok1-" + t + ",humen,Twice,,\n"                          // line 7: id of line 2
                + "ok4-" + t + ",nowhere,Unknown park,,\n"                 // line 8
                + "ok5-" + t + ",dalang,Another park,,\n"                  // line 9: not parkadmin1's
                + "ok6-" + t + ",humen,Four fields,\n"                     // line 10
                + "shop-dl-001,humen,Moved,,\n"                            // line 11: in dalang
                + "ok7-" + t + ",humen,Good again,,\n";                    // line 12, good

        var errors = api.importShops("parkadmin1", csv).statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("status", equalTo(422)).body("detail", containsString("9 of 10 rows"))
                .body("errors", hasSize(9)).extract().jsonPath();

        assertThat(errors.getList("errors.line", Integer.class)).containsExactly(2, 3, 4, 5, 7, 8, 9, 10, 11);
        List<String> messages = errors.getList("errors.message", String.class).subList(1, 9);
        assertThat(errors.getString("errors[0].message"))
                .isEqualTo("name must not contain control characters such as line breaks");
        assertThat(messages.get(0)).isEqualTo("name must not be blank");
        assertThat(messages.get(1)).startsWith("id must be 1 to 64 letters");
        assertThat(messages.get(2)).isEqualTo("name must have at most 200 characters");
        assertThat(messages.get(3)).isEqualTo("id ok1-" + t + " is also on line 2");
        assertThat(messages.get(4)).isEqualTo("park nowhere does not exist");
        assertThat(messages.get(5)).startsWith("park dalang is not yours");
        assertThat(messages.get(6)).startsWith("has 4 fields, not 5");
        assertThat(messages.get(7)).isEqualTo("shop shop-dl-001 is in park dalang, and an import moves no shop");
        assertThat(count("shops")).isEqualTo(shops);
        assertThat(count("admin_audit")).isEqualTo(audited);
        api.get("buyer1", "/api/shops/ok1-" + t).statusCode(404);
        api.get("buyer1", "/api/shops/shop-dl-001").statusCode(200).body("parkId", equalTo("dalang"));
    }

    @Test
    void anAdministratorImportsForEveryParkButMovesNoShop() {
        String t = token();
        api.importShops("admin", HEADER + "h-" + t + ",humen,Humen one,,\nd-" + t + ",dalang,Dalang one,,\n")
                .statusCode(200).body("created", equalTo(2));

        api.importShops("admin", HEADER + "h-" + t + ",dalang,Humen one,,\n").statusCode(422)
                .body("errors[0].line", equalTo(2)).body("errors[0].message", containsString("is in park humen"));
    }

    @Test
    void aFileThatCannotBeReadAsAnImportIsRefusedAtTheLineWhereItBreaks() {
        long shops = count("shops");

        fileRefused("", 1, "the file is empty");
        fileRefused("\uFEFF\n", 1, "the file is empty");
        fileRefused(HEADER, 2, "no shops under its header");
        fileRefused(HEADER + ",,,,\n", 2, "no shops under its header");
        fileRefused("id;parkId;name;platform;platformShopId\nx,humen,X,,\n", 1, "the header must be exactly");
        fileRefused("ID,parkId,name,platform,platformShopId\n", 1, "the header must be exactly");
        fileRefused(HEADER + "ok-" + token() + ",humen,Good,,\n\"open,humen,Never closed,,\n", 3,
                "a quoted field is not closed");
        byte[] gbk = (HEADER + "g-" + token() + ",humen,虎门女装,,\n").getBytes(Charset.forName("GBK"));
        api.importShops("parkadmin1", gbk).statusCode(422).body("errors[0].line", equalTo(2))
                .body("errors[0].message", containsString("not UTF-8"));

        assertThat(count("shops")).isEqualTo(shops);
    }

    @Test
    void onlyCsvInUtf8UpTo4MbFromAnAdministratorIsRead() {
        String good = HEADER + "u-" + token() + ",humen,Good,,\n";
        long shops = count("shops");

        for (String user : List.of("mediator1", "shop1", "buyer1", "committee1")) {
            api.importShops(user, good).statusCode(403).contentType(Api.PROBLEM_JSON);
        }
        api.anonymous().contentType("text/csv; charset=UTF-8").body(good).post("/api/admin/shops/import")
                .then().statusCode(401).contentType(Api.PROBLEM_JSON);
        api.as("parkadmin1").body(Map.of("id", "x")).post("/api/admin/shops/import")
                .then().statusCode(415).contentType(Api.PROBLEM_JSON);
        api.plain("parkadmin1").contentType("text/csv; charset=GBK").body(good.getBytes(StandardCharsets.UTF_8))
                .post("/api/admin/shops/import").then().statusCode(415).contentType(Api.PROBLEM_JSON);
        byte[] huge = (HEADER + ("z-" + token() + ",humen,Padding row,,\n").repeat(4 * 1024 * 1024 / 30))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(huge.length).isGreaterThan(4 * 1024 * 1024);
        api.importShops("parkadmin1", huge).statusCode(413).contentType(Api.PROBLEM_JSON);
        assertThat(count("shops")).isEqualTo(shops);

        // text/csv without a charset is read as UTF-8
        api.plain("parkadmin1").config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv").body(good.getBytes(StandardCharsets.UTF_8)).post("/api/admin/shops/import")
                .then().statusCode(200).body("created", equalTo(1));
    }

    @Test
    void twoThousandRowsImportInOneRequestAndAgainAsUpdates() {
        String t = token();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) {
            csv.append("bulk-").append(t).append('-').append(i).append(",dalang,Bulk shop ").append(i)
                    .append(",TMALL,tm-").append(i).append('\n');
        }
        long shops = count("shops");

        api.importShops("parkadmin2", csv.toString()).statusCode(200).body("created", equalTo(2000));
        api.importShops("parkadmin2", csv.toString().replace("Bulk shop", "Renamed shop")).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(2000));

        assertThat(count("shops")).isEqualTo(shops + 2000);
        assertThat(jdbc.sql("select count(*) from shops where id like ? and name like 'Renamed shop %' "
                + "and park_id = 'dalang'").param("bulk-" + t + "-%").query(Long.class).single()).isEqualTo(2000);
    }

    private void fileRefused(String csv, int line, String message) {
        api.importShops("parkadmin1", csv).statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("errors", hasSize(1)).body("errors[0].line", equalTo(line))
                .body("errors[0].message", containsString(message));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
