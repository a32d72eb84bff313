package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.response.Response;

/**
 * A park's cases exported for the regulators: the CSV a spreadsheet opens with its Chinese intact,
 * the JSON, the park and the filing dates they cover, and the problems of a bad request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class ExportApiTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DESCRIPTION = "吊牌写\"100%桑蚕丝\"，实为涤纶, 洗后缩水。\n直播间说\"不起球\"。";

    @Autowired
    Api api;

    @Test
    void theCsvHasAByteOrderMarkAndAHeaderAndParsesBackToTheCasesFiledWithTheirChineseIntact() throws IOException {
        String order = "TB-EXPORT-" + UUID.randomUUID();
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", order);
        body.put("description", DESCRIPTION);
        String live = api.fileComplaint("buyer1", body);
        Map<String, Object> plain = SampleInputs.complaint("shop-hm-002", order + "-2");
        plain.put("category", "DELIVERY");
        plain.remove("livestream");
        String shopOnly = api.fileComplaint("buyer2", plain);

        Response file = export("mediator1", "parkId=humen&from=" + TODAY + "&to=" + TODAY);
        byte[] bytes = file.asByteArray();

        assertThat(file.contentType()).startsWith("text/csv").contains("UTF-8");
        assertThat(file.header("Content-Disposition")).startsWith("attachment")
                .contains("complaints-humen-" + TODAY + "-" + TODAY + ".csv");
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        Csv rows = csv(bytes);
        assertThat(rows.header()).startsWith("id", "number", "filedAt", "parkId", "shopId", "shopName")
                .endsWith("rulingSummary", "gbt42499Code");
        CSVRecord row = rows.row(live);
        assertThat(row.get("description")).isEqualTo(DESCRIPTION);
        assertThat(row.get("buyer")).isEqualTo("buyer1");
        assertThat(row.get("orderRef")).isEqualTo(order);
        assertThat(row.get("parkId")).isEqualTo("humen");
        assertThat(row.get("shopId")).isEqualTo("shop-hm-001");
        assertThat(row.get("shopName")).isNotBlank();
        assertThat(row.get("category")).isEqualTo("NONSTANDARD_LABEL");
        assertThat(row.get("claimedAmount")).isEqualTo("399.00");
        assertThat(row.get("livestreamRoom")).isEqualTo("hm-live-42");
        assertThat(row.get("stage")).isEqualTo("SHOP_RESPONSE");
        assertThat(row.get("filedAt")).startsWith(TODAY.toString());
        assertThat(row.get("gbt42499Code")).as("a complaint, in a livestream, a label, clothing").isEqualTo("120102101");
        assertThat(rows.row(shopOnly).get("gbt42499Code")).as("a complaint, online shop, delivery, clothing")
                .isEqualTo("110301101");
    }

    @Test
    void theJsonIsAnArrayOfTheParksCasesFiledInTheRange() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "TB-JSON-" + UUID.randomUUID());

        Response json = export("parkadmin1", "parkId=humen&format=json&from=" + TODAY);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.header("Content-Disposition")).contains("complaints-humen-" + TODAY + "-all.json");
        List<Map<String, Object>> rows = json.jsonPath().getList("$");
        Map<String, Object> row = rows.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
        assertThat(row).containsEntry("parkId", "humen").containsEntry("category", "NONSTANDARD_LABEL")
                .containsEntry("gbt42499Code", "120102101");
        assertThat((String) row.get("filedAt")).startsWith(TODAY.toString()).endsWith("+08:00");
        assertThat(rows).allMatch(r -> "humen".equals(r.get("parkId")));

        assertThat(ids(export("admin", "parkId=dalang&format=json"))).as("another park").doesNotContain(id);
        assertThat(ids(export("admin", "parkId=humen&format=json&to=" + TODAY.minusDays(1)))).doesNotContain(id);
        assertThat(ids(export("admin", "parkId=humen&format=json&from=" + TODAY.plusDays(1)))).doesNotContain(id);
        // far enough ahead that no case is filed then, though tests that move the clock share PostgreSQL's database
        LocalDate noneYet = TODAY.plusYears(100);
        assertThat(ids(export("admin", "parkId=humen&format=json&from=" + noneYet))).isEmpty();
        Csv none = csv(export("admin", "parkId=humen&from=" + noneYet).asByteArray());
        assertThat(none.header()).as("the header alone").contains("id", "gbt42499Code");
        assertThat(none.rows()).isEmpty();
    }

    @Test
    void eachExportIsInTheAuditLogWithItsRangeAndFormat() {
        export("mediator1", "parkId=humen&from=2026-01-01&to=2026-01-31&format=json");

        api.get("parkadmin1", "/api/admin/audit?parkId=humen&size=5").statusCode(200)
                .body("action", hasItem("CASES_EXPORTED"))
                .body("find { it.action == 'CASES_EXPORTED' }.actor", equalTo("mediator1"))
                .body("find { it.action == 'CASES_EXPORTED' }.detail", containsString("2026-01-31"))
                .body("find { it.action == 'CASES_EXPORTED' }.detail", containsString("json"));
    }

    @Test
    void aBadRequestIsAProblemAndNoFile() {
        problem("parkId=humen&from=07.12.2026").body("errors[0].field", equalTo("from"));
        problem("parkId=humen&from=2026-02-30").body("errors[0].field", equalTo("from"));
        problem("parkId=humen&from=2026-03-02&to=2026-03-01").body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("must not be after to"));
        problem("parkId=humen&format=xlsx").body("errors[0].field", equalTo("format"));
        problem("parkId=humen&format=CSV").body("errors[0].field", equalTo("format"));
        problem("from=2026-03-01").body("detail", containsString("parkId"));
        api.as("mediator1").header("Accept-Language", "zh-CN").get("/api/exports/complaints?parkId=humen&format=x")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON).body("errors[0].message", equalTo("须为 csv 或 json"));
    }

    private Response export(String user, String query) {
        Response response = api.plain(user).get("/api/exports/complaints?" + query);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }

    private io.restassured.response.ValidatableResponse problem(String query) {
        return api.get("mediator1", "/api/exports/complaints?" + query).statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("status", equalTo(400));
    }

    private static List<String> ids(Response json) {
        return json.jsonPath().getList("id");
    }

    /** A file's header and rows. */
    private record Csv(List<String> header, List<CSVRecord> rows) {
        CSVRecord row(String id) {
            return rows.stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
        }
    }

    /** The file read as a spreadsheet reads it, the byte order mark dropped. */
    private static Csv csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            return new Csv(parser.getHeaderNames(), parser.getRecords());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
