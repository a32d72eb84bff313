package org.disputedesk.portal.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium for the portal's journey tests, one per test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final Browser browser = new Browser();   // zh-CN; new Browser("en") for English
 * }</pre>
 *
 * It drives Debian's chromium through Debian's chromedriver (system properties {@code browser.binary}
 * and {@code browser.driver} point elsewhere). Without them the class is skipped, unless
 * {@code browser.required=true}, as in CI, where it fails. Each test starts signed out, on the base
 * URL of the Spring Boot test's server; a failed test leaves a screenshot named after it.
 */
public class Browser implements BeforeAllCallback, BeforeEachCallback, TestWatcher, AfterAllCallback {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String language;
    private String unavailable;
    private Path profile;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private String baseUrl;

    /** A browser that asks for Chinese pages, as the park's users do. */
    public Browser() {
        this("zh-CN");
    }

    /** A browser whose UI language and Accept-Language header are {@code language} (a BCP 47 tag). */
    public Browser(String language) {
        this.language = language;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        File binary = new File(System.getProperty("browser.binary", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
        List<String> missing = Stream.of(binary, chromedriver).filter(f -> !f.canExecute()).map(File::getPath).toList();
        if (!missing.isEmpty()) {
            String why = "Browser tests need " + String.join(" and ", missing)
                    + " (Debian: apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("browser.required")) {
                fail(why + "; browser.required=true, so this is a failure, not a skip");
            }
            // Assumed per test, not here: surefire counts a class aborted before its tests as no tests at all.
            unavailable = why + "; skipped";
            return;
        }
        profile = Files.createTempDirectory("browser-profile");
        ChromeOptions options = new ChromeOptions()
                .setBinary(binary)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=" + language,
                        "--user-data-dir=" + profile)
                // --lang sets the UI; the header pages see comes from this preference.
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // An explicit driver executable keeps Selenium Manager from looking for (and downloading) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        // Selenium warns that it has no CDP version for this Chromium: the helpers need none.
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        assumeTrue(unavailable == null, unavailable);
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        baseUrl = "http://localhost:" + application.getEnvironment().getRequiredProperty("local.server.port");
        // Tests in a class share the browser, not a sign-in.
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Opens {@code path} (such as {@code /login}) on the application under test. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in through the login form and waits for the page the form leads to. */
    public Browser signIn(String username, String password) {
        // whoever was signed in leaves first, as on a shared counter
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        open("/login");
        fill("username", username);
        fill("password", password);
        WebElement submit = driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"));
        submit.click();
        waitUntilGone(submit);
        return this;
    }

    /**
     * Waits until {@code element} has left the page, as when a form's answer loads the next page.
     * Chromedriver sometimes reports a node of the unloading page as not in the document instead
     * of stale: both mean it is gone.
     */
    public Browser waitUntilGone(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        return this;
    }

    /** Types {@code value} into the field named {@code name}, replacing what it held. */
    public Browser fill(String name, String value) {
        return fill(By.name(name), value);
    }

    public Browser fill(By field, String value) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(value);
        return this;
    }

    /** Clicks the element once it can be clicked. */
    public Browser click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
        return this;
    }

    /** The element once it is visible. */
    public WebElement waitFor(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    /** Waits until the page shows {@code text}. */
    public Browser waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    /** Writes the viewport to {@code target/screenshots/<name>.png} and answers that file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the whole page, not only the viewport, to {@code target/screenshots/<name>.png}. */
    public Path fullScreenshot(String name) {
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 1280, "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false));
        try {
            return screenshot(name);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Where the browser is now. */
    public URI url() {
        return URI.create(driver.getCurrentUrl());
    }

    /** The driver itself, for what the helpers do not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** An explicit wait of the helpers' length, for conditions of a test's own. */
    public WebDriverWait waiting() {
        return wait;
    }
}
