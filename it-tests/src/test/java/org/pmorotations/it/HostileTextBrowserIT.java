package org.pmorotations.it;

import jakarta.json.Json;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text a user typed is shown as text on every page that shows it: a person, a PMO, a project and
 * a cancellation reason named with markup, scripts, quotes, a spreadsheet formula, right-to-left
 * letters and an emoji are made through the API, then every page that shows them is opened in the
 * browser. On each: no element was made of the text, no script of it ran, nothing was fetched
 * from it, and the text reads as typed; the directory's download keeps it as text with the formula
 * neutralised.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class HostileTextBrowserIT {

    /** What markup the texts hold: any element of it would match this selector. */
    private static final String MADE_OF_TEXT = ".hx, img[src*='pwned'], a[href*='evil.example'], [onerror], [onload], svg.hx";

    static final String PERSON = "=cmd|' /C calc'!A0 <b class=\"hx\">Bold</b> <img src=/pwned-person.png onerror=\"window.hxRan=1\">"
            + " \"O'Neil\" & Co <script>window.hxRan=1</script> עברית 😀";
    static final String PMO = "<i class=\"hx\">Hostile</i> PMO <a href=\"https://evil.example/pmo\">link</a> & \"quoted\" 'single' עברית 😀";
    static final String PROJECT = "<svg class=\"hx\" onload=\"window.hxRan=1\"></svg>Project <u class=\"hx\">u</u> & <img src=/pwned-project.png> 😀";
    static final String REASON = "<script>window.hxRan=1</script><b class=\"hx\">No</b> longer needed & \"why\" 'not' עברית 😀";

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @Test
    void hostileTextIsShownAsTypedOnEveryPageAndInTheDownload() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(1, PMO);
        // A department of its own: the tests that read a whole department's rows are not given these names.
        String person = fixture.newPerson(PERSON, "Hostile text " + pmo);
        String project = newProject(fixture);
        long returning = fixture.approve(fixture.propose(person, pmo, LocalDate.of(2049, 1, 1), 12).getJsonNumber("id").longValue())
                .getJsonNumber("id").longValue();
        HttpResponse<String> reserved = fixture.change(returning, "return", BoardFixture.MANAGER,
                Json.createObjectBuilder().add("projectCode", project).add("level", "PROJECT_COORDINATOR").add("start", "2050-01-01")
                        .build().toString());
        assertEquals(200, reserved.statusCode(), reserved.body());
        long cancelled = fixture.propose(person, pmo, LocalDate.of(2053, 1, 1), 12).getJsonNumber("id").longValue();
        HttpResponse<String> cancel = fixture.change(cancelled, "cancel", BoardFixture.MANAGER,
                Json.createObjectBuilder().add("reason", REASON).build().toString());
        assertEquals(200, cancel.statusCode(), cancel.body());

        Browser.signIn(browser, base, "admin", WebSession.DEMO_PASSWORD);
        String pmoName = PMO + " " + pmo;
        shownAsText("/rotations/view.xhtml?id=" + returning, PERSON, pmoName, PROJECT);
        shownAsText("/rotations/view.xhtml?id=" + cancelled, PERSON, REASON);
        shownAsText("/staff/view.xhtml?employee=" + person, PERSON, pmoName);
        shownAsText("/staff/index.xhtml?q=" + person, PERSON);
        shownAsText("/pmos/index.xhtml", pmoName);
        shownAsText("/pmos/edit.xhtml?code=" + pmo);
        assertEquals(pmoName, browser.findElement(By.id("name")).getAttribute("value"), "the form holds the name as typed");
        shownAsText("/projects/index.xhtml", PROJECT);
        shownAsText("/rotations/index.xhtml?pmo=" + pmo, PERSON);
        shownAsText("/rotations/board.xhtml?pmo=" + pmo + "&from=2048-10-01&months=24", PERSON);
        shownAsText("/rotations/schedule.xhtml?pmo=" + pmo + "&start=2055-01-01");
        shownAsText("/reports/dashboard.xhtml?pmo=" + pmo);
        shownAsText("/reports/bench.xhtml?pmo=" + pmo);
        shownAsText("/reports/at-risk.xhtml?pmo=" + pmo);
        shownAsText("/calendar/index.xhtml");
        shownAsText("/audit/index.xhtml");

        List<String> row = directoryDownloadRow(person);
        assertEquals("'" + PERSON, row.get(0), "the download keeps the name as text, its formula neutralised");
    }

    /** Opens {@code path}: nothing made of the texts, no script of theirs run, nothing fetched; each of {@code texts} reads as typed. */
    private void shownAsText(String path, String... texts) {
        browser.get(Browser.page(base, path));
        // Widgets such as the board's timeline draw after the page has loaded: wait for every text first.
        try {
            Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(driver -> "complete".equals(browser.executeScript("return document.readyState"))
                    && Arrays.stream(texts).allMatch(text -> ((String) browser.executeScript("return document.body.innerText")).contains(text)));
        } catch (TimeoutException missing) {
            // the assertions below say which text is missing
        }
        assertTrue(browser.getTitle().endsWith("PMO Rotations") && !browser.getTitle().startsWith("Page not found"), path + ": " + browser.getTitle());
        assertEquals(List.of(), browser.executeScript("return Array.from(document.querySelectorAll(arguments[0])).map(function (e) { return e.outerHTML; })",
                MADE_OF_TEXT), path + ": no element made of a user's text");
        assertEquals(Boolean.FALSE, browser.executeScript("return window.hxRan === 1"), path + ": no script of a user's text ran");
        assertEquals(0L, browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (entry) { return entry.name.indexOf('pwned') >= 0; }).length"), path + ": nothing fetched from a text");
        String shown = (String) browser.executeScript("return document.body.innerText");
        for (String text : texts) {
            assertTrue(shown.contains(text), path + " shows the text as typed: " + text + "\n" + shown);
        }
    }

    private static String newProject(BoardFixture fixture) throws Exception {
        String code = "HX-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        HttpResponse<String> created = fixture.send("POST", "/api/v1/projects", BoardFixture.MANAGER, Json.createObjectBuilder()
                .add("code", code).add("name", PROJECT).add("department", "Finance").add("start", "2040-01-01").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    /** The directory's CSV download of one person, as the page's button sends it. */
    private List<String> directoryDownloadRow(String employeeNumber) throws Exception {
        WebSession leader = new WebSession(base);
        leader.signIn("leader", WebSession.DEMO_PASSWORD);
        HttpResponse<String> page = leader.get("/staff/index.xhtml?q=" + URLEncoder.encode(employeeNumber, StandardCharsets.UTF_8));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("directoryForm", "directoryForm");
        form.put("directoryForm:q", employeeNumber);
        form.put("directoryForm:level", "");
        form.put("directoryForm:department", "");
        form.put("directoryForm:downloadCsv", "");
        form.put("jakarta.faces.ViewState", WebSession.viewState(page.body()));
        form.put("primefaces.nonce", WebSession.nonce(page.body()));
        HttpResponse<String> download = leader.post("/staff/index.xhtml", form);
        assertEquals(200, download.statusCode(), download.body());
        List<List<String>> rows = ReportExportIT.parseCsv(download.body().substring(1));
        assertEquals(2, rows.size(), "a heading and the one person: " + rows);
        return rows.get(1);
    }
}
