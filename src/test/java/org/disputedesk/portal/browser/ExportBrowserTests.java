package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A mediator exports the park's cases from the park dashboard: the form's file, fetched as the form
 * asks for it, is the CSV that Excel opens, byte order mark first, with a buyer's Chinese intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class ExportBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @Test
    @SuppressWarnings("unchecked")
    void aMediatorDownloadsTheParksCasesAsCsvFromTheParkDashboard() {
        String description = "连衣裙吊牌写\"真丝\"，实为涤纶，\n主播说“不起球”。";
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", "TB-EXPORT-" + UUID.randomUUID());
        body.put("description", description);
        String id = api.fileComplaint("buyer1", body);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        browser.signIn("mediator1", "demo").open("/park");
        assertThat(browser.waitFor(By.cssSelector("#park-export h2")).getText()).isEqualTo("导出报送 12315");
        assertThat(browser.waitFor(By.id("export-park")).getAttribute("value")).isEqualTo("humen");
        setDate("export-from", today);
        setDate("export-to", today);
        new Select(browser.waitFor(By.id("export-format"))).selectByValue("csv");
        browser.screenshot("park-export");

        Map<String, Object> file = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('export-form');
                const url = form.action + '?' + new URLSearchParams(new FormData(form));
                fetch(url).then(async r => {
                  const bytes = new Uint8Array(await r.clone().arrayBuffer());
                  done({status: r.status, disposition: r.headers.get('Content-Disposition'),
                        head: Array.from(bytes.slice(0, 3)), text: await r.text()});
                }).catch(e => done({error: String(e)}));""");

        assertThat(file).containsEntry("status", 200L);
        assertThat((String) file.get("disposition")).startsWith("attachment").contains(".csv");
        assertThat((List<Object>) file.get("head")).containsExactly(0xEFL, 0xBBL, 0xBFL);
        String text = (String) file.get("text");
        assertThat(text).startsWith("id,number,filedAt,parkId,shopId,shopName,");
        assertThat(text).contains(id).contains("\"连衣裙吊牌写\"\"真丝\"\"，实为涤纶，\n主播说“不起球”。\"");
    }

    /** A date input takes its value as the browser's locale writes dates: set it as a script would. */
    private static void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = "
                + "arguments[1];", id, isoDate);
    }
}
