package org.pmorotations.it;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Chromium from the operating system's packages (chromium, chromium-driver), started
 * explicitly so that Selenium never tries to download a browser or a driver.
 *
 * <p>Without Chromium the browser tests are skipped with a message saying how to enable them,
 * unless {@code -Dbrowser.required=true} (as in CI), which turns that into a failure.
 */
public final class Browser {

    private static final String[] BROWSERS = {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"};
    private static final String[] DRIVERS = {"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"};

    private Browser() {
    }

    public static ChromeDriver start() throws IOException {
        String browser = System.getProperty("browser.binary", firstExisting(BROWSERS));
        String driver = System.getProperty("browser.driver", firstExisting(DRIVERS));
        boolean present = browser != null && driver != null;
        String missing = "Chromium and its driver were not found (looked for " + String.join(", ", BROWSERS) + " and "
                + String.join(", ", DRIVERS) + "). Install them (Debian/Ubuntu: apt-get install chromium chromium-driver)"
                + " or point -Dbrowser.binary and -Dbrowser.driver at them to run the browser tests.";
        if (Boolean.getBoolean("browser.required")) {
            if (!present) {
                throw new IllegalStateException(missing);
            }
        } else {
            Assumptions.assumeTrue(present, missing);
        }
        Path work = Path.of(System.getProperty("it.work", "target/it-work"), "chromium");
        Files.createDirectories(work);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    /** Signs in through the form as a person would: type, tab, type, press Enter. */
    public static void signIn(ChromeDriver chrome, java.net.URL base, String username, String password) {
        chrome.get(page(base, "/login.xhtml"));
        org.openqa.selenium.WebElement name = chrome.findElement(org.openqa.selenium.By.id("username"));
        name.clear();
        name.sendKeys(username);
        chrome.findElement(org.openqa.selenium.By.id("password")).sendKeys(password, org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(chrome, Duration.ofSeconds(20))
                .until(driver -> !driver.getCurrentUrl().contains("login.xhtml")
                        || !driver.findElements(org.openqa.selenium.By.cssSelector(".ui-messages-error")).isEmpty());
    }

    /** An absolute address on the server under test; the base URL may come with or without its final slash. */
    public static String page(java.net.URL base, String path) {
        return java.net.URI.create(base.toExternalForm()).resolve(path).toString();
    }

    private static String firstExisting(String[] candidates) {
        for (String candidate : candidates) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    /** Saves a picture of the page under it.work/screenshots, for a person to look at; not an assertion. */
    public static void screenshot(ChromeDriver chrome, String name) throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("it.work", "target/it-work"), "screenshots");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve(name.replaceAll("[^A-Za-z0-9.-]+", "-") + ".png"),
                chrome.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
}
