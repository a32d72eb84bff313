package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A park goes live in the portal, in a real Chromium that asks for Chinese pages: a park
 * administrator onboards the park's shops from a spreadsheet, fixing the lines the first upload
 * was refused for, and finds them in the directory and the import in the audit log, said in the
 * reader's language; an administrator opens a new park. Screenshots of each page land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class AdministrationBrowserTests {

    private static final String PASSWORD = "demo";
    private static final String HEADER = "id,parkId,name,platform,platformShopId\n";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @Test
    void aParkAdministratorImportsShopsFixesTheRefusedLinesAndFindsThemInTheDirectoryAndTheAuditLog()
            throws IOException {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        String first = "hm-" + batch + "-1";
        String second = "hm-" + batch + "-2";

        browser.signIn("parkadmin1", PASSWORD);
        browser.click(By.id("nav-shops"));
        assertThat(browser.waitFor(By.cssSelector("main .lead")).getText()).startsWith("虎门电子商务产业园的店铺");
        upload(HEADER
                + first + ",humen,虎门蕾丝工坊,TAOBAO,tb-5520011\n"
                + second + ",dalang,珠江童装,DOUYIN,\n"
                + "hm-" + batch + "-3,humen,\n"
                + "hm-" + batch + "-4,humen,\"Lace & Co., Humen\",,\n");

        List<WebElement> refused = browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#import-errors tbody tr"), 2));
        assertThat(refused.get(0).getText()).isEqualTo("3 园区 dalang 不归您管理：您只能导入园区 humen 的店铺");
        assertThat(refused.get(1).getText())
                .isEqualTo("4 有 3 个字段，应为 5 个（id,parkId,name,platform,platformShopId）");
        assertThat(browser.waitFor(By.cssSelector("#shop-import .problem")).getText())
                .isEqualTo("文件有误： 4 行中有 2 行无法导入，未导入任何内容。");
        browser.fullScreenshot("admin-shops-import-refused");
        api.get("parkadmin1", "/api/shops/" + first).statusCode(404);

        upload(HEADER
                + first + ",humen,虎门蕾丝工坊,TAOBAO,tb-5520011\n"
                + second + ",humen,珠江童装,DOUYIN,\n"
                + "hm-" + batch + "-3,humen,太平手袋,,\n"
                + "hm-" + batch + "-4,humen,\"Lace & Co., Humen\",,\n");

        browser.waitFor(By.id("import-result"));
        assertThat(browser.waitFor(By.id("import-created")).getText()).isEqualTo("4");
        assertThat(browser.waitFor(By.id("import-updated")).getText()).isEqualTo("0");
        assertThat(browser.waitFor(By.id("import-unchanged")).getText()).isEqualTo("0");
        assertThat(browser.driver().findElement(By.id("import-errors")).isDisplayed()).isFalse();
        browser.fullScreenshot("admin-shops-import-done");

        browser.fill(By.id("search-q"), batch).click(By.id("search-shops"));
        WebElement found = browser.waitFor(By.cssSelector("#shops tr[data-shop='" + second + "']"));
        assertThat(found.getText()).contains("珠江童装", "虎门电子商务产业园", "DOUYIN");
        assertThat(browser.driver().findElements(By.cssSelector("#shops tbody tr"))).hasSize(4);
        browser.fullScreenshot("admin-shops");

        browser.click(By.id("nav-audit"));
        WebElement imported = browser.waitFor(By.cssSelector("#audit tr[data-action='SHOPS_IMPORTED']"));
        assertThat(imported.getText()).contains("parkadmin1", "导入了店铺", "虎门电子商务产业园",
                "新建 4 家，更新 0 家，未变 0 家");
        browser.fullScreenshot("admin-audit");
        browser.click(By.id("lang-en"));
        assertThat(browser.waitFor(By.cssSelector("#audit tr[data-action='SHOPS_IMPORTED']")).getText())
                .contains("imported shops", "Humen E-commerce Industrial Park", "4 created, 0 updated, 0 unchanged");
    }

    @Test
    void anAdministratorOpensAParkAndATakenIdIsRefusedInTheReadersLanguage() {
        String park = "park-" + UUID.randomUUID().toString().substring(0, 8);

        browser.signIn("admin", PASSWORD);
        browser.open("/admin/parks");
        browser.fill(By.id("park-id"), park).fill(By.id("park-name"), "Songshan Lake E-commerce Park")
                .fill(By.id("park-nameZh"), "松山湖电商园");
        submit(By.id("create-park"));
        assertThat(browser.waitFor(By.cssSelector("#parks tr[data-park='" + park + "']")).getText())
                .contains("Songshan Lake E-commerce Park", "松山湖电商园");
        browser.fullScreenshot("admin-parks");

        browser.fill(By.id("park-id"), park).fill(By.id("park-name"), "Songshan again");
        browser.click(By.id("create-park"));
        assertThat(browser.waitFor(By.cssSelector("#park-form .problem")).getText())
                .isEqualTo("未保存： 园区 " + park + " 已存在，未做任何更改。");

        browser.click(By.id("nav-shops"));
        assertThat(browser.waitFor(By.cssSelector("#search-park option[value='" + park + "']")).getText())
                .isEqualTo("松山湖电商园");
        browser.click(By.id("lang-en"));
        assertThat(browser.waitFor(By.cssSelector("#search-park option[value='" + park + "']")).getText())
                .isEqualTo("Songshan Lake E-commerce Park");
    }

    private static void upload(String csv) throws IOException {
        Path file = Files.writeString(Files.createTempFile("shops", ".csv"), csv, StandardCharsets.UTF_8);
        browser.driver().findElement(By.id("import-file")).sendKeys(file.toString());
        browser.click(By.id("import-shops"));
    }

    private static void submit(By button) {
        WebElement pressed = browser.waitFor(button);
        pressed.click();
        browser.waitUntilGone(pressed);
    }
}
