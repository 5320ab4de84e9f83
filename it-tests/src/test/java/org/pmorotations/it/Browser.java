package org.pmorotations.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Headless Chromium from the operating system's packages (chromium, chromium-driver), started
 * explicitly so that Selenium never tries to download a browser or a driver; one browser for the
 * whole run, handed to every browser test class and reset before each test.
 *
 * <p>A class uses it with {@code @ExtendWith(Browser.class)} and a field of type
 * {@link ChromeDriver}, which is set before each test. The reset gives each test what a new
 * browser would: no cookies (so nobody is signed in), no local or session storage, one window of
 * the first size, a blank page. Only the cache of the application's scripts and styles is kept,
 * as a returning user's browser keeps it. Starting Chromium takes seconds; sixty tests used to
 * start sixty.
 *
 * <p>A class whose tests only read ({@link ReadsOnly}) signs in once per user: the session of a
 * user's first sign-in is given back to that user's later tests in the class instead of the form
 * being filled again. Signing in itself is tested by the classes that do it every time.
 *
 * <p>Without Chromium the browser tests are skipped with a message saying how to enable them,
 * unless {@code -Dbrowser.required=true} (as in CI), which turns that into a failure.
 */
public final class Browser implements BeforeAllCallback, TestInstancePostProcessor, BeforeEachCallback, AfterEachCallback {

    private static final Logger LOG = Logger.getLogger(Browser.class.getName());
    private static final String[] BROWSERS = {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"};
    private static final String[] DRIVERS = {"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"};
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);
    private static final Dimension WINDOW = new Dimension(1280, 900);
    /** Per browser: the sessions kept for the users of the {@link ReadsOnly} class under way. */
    private static final Map<ChromeDriver, KeptSessions> KEPT = new ConcurrentHashMap<>();

    /**
     * On a browser test class whose tests change nothing that another test of the class reads:
     * it signs in once per user, and that user's later tests continue the session.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface ReadsOnly {
    }

    /** The session cookies of each user signed in by the class under way. */
    private record KeptSessions(Class<?> testClass, Map<String, List<Map<String, Object>>> cookies) {
    }

    /** The run's browser, kept in the root store: JUnit closes it (quits Chromium) when the run ends. */
    @SuppressWarnings("deprecation") // CloseableResource too, for JUnit versions that close only those
    private static final class Shared implements AutoCloseable, ExtensionContext.Store.CloseableResource {

        private ChromeDriver chrome;
        private int starts;

        ChromeDriver driver() throws IOException {
            if (chrome == null) {
                chrome = start();
                starts++;
                int count = starts;
                LOG.info(() -> "Chromium started for the browser tests (start " + count + " of this run)");
            }
            return chrome;
        }

        void restart() {
            close();
        }

        @Override
        public void close() {
            if (chrome != null) {
                try {
                    chrome.quit();
                } catch (WebDriverException e) {
                    LOG.warning("Chromium did not quit cleanly: " + e.getMessage());
                }
                chrome = null;
            }
        }
    }

    private static Shared shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Shared.class, key -> new Shared(), Shared.class);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = missing();
        if (missing != null) {
            if (Boolean.getBoolean("browser.required")) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing);
        }
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
        ChromeDriver chrome = shared(context).driver();
        for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == ChromeDriver.class) {
                    field.setAccessible(true);
                    field.set(instance, chrome);
                }
            }
        }
    }

    /** What a new browser would be: no cookies, no storage, one window of the first size, a blank page. */
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Shared shared = shared(context);
        Class<?> testClass = context.getRequiredTestClass();
        try {
            ChromeDriver chrome = shared.driver();
            reset(chrome);
            KeptSessions kept = KEPT.get(chrome);
            if (kept == null || kept.testClass() != testClass) {
                KEPT.remove(chrome);
                if (testClass.isAnnotationPresent(ReadsOnly.class)) {
                    KEPT.put(chrome, new KeptSessions(testClass, new HashMap<>()));
                }
            }
        } catch (WebDriverException e) {
            // The browser died (it happens under load): a new one, given to the test instance too.
            LOG.warning("Chromium did not answer the reset, starting a new one: " + e.getMessage());
            KEPT.clear();
            shared.restart();
            postProcessTestInstance(context.getRequiredTestInstance(), context);
        }
    }

    /** Storage belongs to the page's origin: cleared while that page is still open. */
    @Override
    public void afterEach(ExtensionContext context) {
        Shared shared = shared(context);
        if (shared.chrome == null) {
            return;
        }
        try {
            if (shared.chrome.getCurrentUrl().startsWith("http")) {
                shared.chrome.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
            }
        } catch (WebDriverException e) {
            LOG.fine(() -> "Storage not cleared after the test: " + e.getMessage());
        }
    }

    private static void reset(ChromeDriver chrome) {
        String first = chrome.getWindowHandle();
        for (String handle : chrome.getWindowHandles()) {
            if (!handle.equals(first)) {
                chrome.switchTo().window(handle).close();
            }
        }
        chrome.switchTo().window(first);
        chrome.get("about:blank");
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        if (!chrome.manage().window().getSize().equals(WINDOW)) {
            chrome.manage().window().setSize(WINDOW);
        }
    }

    private static String missing() {
        String browser = System.getProperty("browser.binary", firstExisting(BROWSERS));
        String driver = System.getProperty("browser.driver", firstExisting(DRIVERS));
        if (browser != null && driver != null) {
            return null;
        }
        return "Chromium and its driver were not found (looked for " + String.join(", ", BROWSERS) + " and "
                + String.join(", ", DRIVERS) + "). Install them (Debian/Ubuntu: apt-get install chromium chromium-driver)"
                + " or point -Dbrowser.binary and -Dbrowser.driver at them to run the browser tests.";
    }

    private static ChromeDriver start() throws IOException {
        Path work = Path.of(System.getProperty("it.work", "target/it-work"), "chromium");
        Files.createDirectories(work);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.binary", firstExisting(BROWSERS)));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run",
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
                "--user-data-dir=" + Files.createTempDirectory(work, "profile").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.driver", firstExisting(DRIVERS))))
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        chrome.manage().window().setSize(WINDOW);
        return chrome;
    }

    /**
     * Signs in {@code username}, on the page a sign-in leads to: over HTTP with the form's request
     * when it succeeds, through the form otherwise (see {@link #signInOverHttp}). In a
     * {@link ReadsOnly} class, a user signed in before continues that session instead.
     */
    @SuppressWarnings("unchecked")
    public static void signIn(ChromeDriver chrome, URL base, String username, String password) {
        KeptSessions kept = KEPT.get(chrome);
        String origin = page(base, "/");
        if (kept != null && kept.cookies().containsKey(username)) {
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            for (Map<String, Object> cookie : kept.cookies().get(username)) {
                Map<String, Object> restored = new HashMap<>(cookie);
                restored.keySet().retainAll(List.of("name", "value", "path", "secure", "httpOnly", "sameSite", "expires"));
                restored.put("url", origin);
                chrome.executeCdpCommand("Network.setCookie", restored);
            }
            chrome.get(origin);
            return;
        }
        if (!signInOverHttp(chrome, base, username, password)) {
            signInWithTheForm(chrome, base, username, password);
        }
        if (kept != null && !chrome.getCurrentUrl().contains("login.xhtml")) {
            Map<String, Object> cookies = chrome.executeCdpCommand("Network.getCookies", Map.of("urls", List.of(origin)));
            kept.cookies().put(username, (List<Map<String, Object>>) cookies.get("cookies"));
        }
    }

    /**
     * Signs in with the sign-in form's own request sent over HTTP, and hands the session to the
     * browser, which then opens the page a sign-in leads to: what the form does, without drawing
     * and typing into it (half a second a test). False when that sign-in is refused (a wrong
     * password, a disabled account), so that the form shows why. The form itself is tested by
     * {@link #signInWithTheForm}'s callers.
     */
    private static boolean signInOverHttp(ChromeDriver chrome, URL base, String username, String password) {
        WebSession session = new WebSession(base);
        try {
            var answer = session.signIn(username, password);
            String next = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || next.contains("login.xhtml") || session.sessionId().isEmpty()) {
                return false;
            }
        } catch (IOException | InterruptedException failed) {
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
        String origin = page(base, "/");
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chrome.executeCdpCommand("Network.setCookie", Map.of("url", origin, "name", "JSESSIONID",
                "value", session.sessionId().orElseThrow(), "path", "/", "httpOnly", true));
        chrome.get(origin);
        return true;
    }

    /** Signs in through the form as a person would: type, tab, type, press Enter. */
    public static void signInWithTheForm(ChromeDriver chrome, URL base, String username, String password) {
        chrome.get(page(base, "/login.xhtml"));
        WebElement name = chrome.findElement(By.id("username"));
        name.clear();
        name.sendKeys(username);
        chrome.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        waitUpTo(chrome, Duration.ofSeconds(20))
                .until(driver -> !driver.getCurrentUrl().contains("login.xhtml")
                        || !driver.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    }

    /**
     * The text of an element once it says {@code expected}: after a submission the page is drawn
     * again, and an element read too early is the old page's (stale) or still says the old text.
     */
    public static String textSaying(WebDriver browser, By element, String expected) {
        return waitUpTo(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .withMessage(() -> "no element " + element + " saying \"" + expected + "\"; the page says: "
                        + browser.findElement(By.tagName("body")).getText())
                .until(driver -> {
                    String text = driver.findElement(element).getText();
                    return text.contains(expected) ? text : null;
                });
    }

    /**
     * A wait for what the page will show within {@code patience}, looked for every 50 ms (the
     * default half second adds a quarter of a second to every wait of every test on average).
     */
    public static WebDriverWait waitUpTo(WebDriver driver, Duration patience) {
        WebDriverWait wait = new WebDriverWait(driver, patience);
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    /** Waits until the page is loaded and PrimeFaces has no Ajax request left to send or answer. */
    public static void waitForAjax(ChromeDriver chrome) {
        waitUpTo(chrome, Duration.ofSeconds(20)).until(driver -> (Boolean) chrome.executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /**
     * Clicks as a person does, once an overlay that is closing no longer covers the element, and
     * waits for what the click sends.
     */
    public static void press(ChromeDriver chrome, WebElement element) {
        try {
            element.click();
        } catch (ElementClickInterceptedException coveredByAClosingOverlay) {
            waitForAjax(chrome);
            element.click();
        }
        waitForAjax(chrome);
    }

    /**
     * Waits until an element has left the page, the page it was on having been replaced. Asked
     * about such an element, Chromium answers with a stale reference or, while the new document is
     * being built, with "Node with given id does not belong to the document": both mean it is gone.
     */
    public static void waitUntilGone(ChromeDriver chrome, WebElement element) {
        waitUpTo(chrome, Duration.ofSeconds(20)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException failure) {
                if (String.valueOf(failure.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw failure;
            }
        });
    }

    /** An absolute address on the server under test; the base URL may come with or without its final slash. */
    public static String page(URL base, String path) {
        return URI.create(base.toExternalForm()).resolve(path).toString();
    }

    private static String firstExisting(String[] candidates) {
        for (String candidate : candidates) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    /** Uploads {@code file} with the import page's file chooser (its auto upload starts at once). */
    public static void upload(ChromeDriver chrome, Path file) {
        chrome.findElement(By.cssSelector("#file input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Lets the browser save what the next clicks download into a new folder, and returns it;
     * {@link #downloaded} waits for a file there.
     */
    public static Path downloadsInto(ChromeDriver chrome) throws IOException {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty("it.work", "target/it-work"))), "downloads");
        chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", folder.toAbsolutePath().toString()));
        return folder;
    }

    /** The one file downloaded into {@code folder}, once the browser has finished writing it. */
    public static Path downloaded(ChromeDriver chrome, Path folder) {
        return waitUpTo(chrome, Duration.ofSeconds(20)).withMessage("nothing was downloaded into " + folder).until(driver -> {
            try (var files = Files.list(folder)) {
                List<Path> found = files.toList();
                boolean writing = found.stream().anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
                return found.size() == 1 && !writing ? found.get(0) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** A screenshot of the whole page at 1280 pixels wide (up to 2,400 high), the window then as it was. */
    public static void screenshotOfPage(ChromeDriver chrome, String name) throws IOException {
        org.openqa.selenium.Dimension window = chrome.manage().window().getSize();
        chrome.executeScript("window.scrollTo(0, 0)");
        long height = ((Number) chrome.executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")).longValue();
        chrome.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(2400, Math.max(height, 800))));
        try {
            screenshot(chrome, name);
        } finally {
            chrome.manage().window().setSize(window);
        }
    }

    /** Saves a picture of the page under it.work/screenshots, for a person to look at; not an assertion. */
    public static void screenshot(ChromeDriver chrome, String name) throws IOException {
        Path folder = Path.of(System.getProperty("it.work", "target/it-work"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name.replaceAll("[^A-Za-z0-9.-]+", "-") + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
    }
}
