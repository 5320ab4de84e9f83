package org.pmorotations.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A leader opens the dashboard in a real browser, reads its figures, filters by tier and follows
 * the at-risk tile to its list; the figures must be those of the REST summary.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@Browser.ReadsOnly
class DashboardBrowserIT {

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @BeforeEach
    void signIn() {
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
    }

    private JsonObject summary(String query) throws Exception {
        String body = new WebSession(base).getAs("/api/v1/reports/summary?" + query, "leader", WebSession.DEMO_PASSWORD).body();
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    @Test
    void leaderReadsTheFiguresOfTheSummaryAndFiltersByTier() throws Exception {
        LocalDate today = LocalDate.now();
        browser.findElement(By.id("navDashboard")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs("Dashboard · PMO Rotations"));

        JsonObject all = summary("asOf=" + today);
        assertEquals(String.valueOf(all.getJsonNumber("activeRotations").longValue()), text("tile-active-rotations-count"));
        assertEquals(String.valueOf(all.getJsonObject("pipeline").getJsonNumber("openSeats").longValue()), text("tile-open-seats-count"));
        assertEquals(String.valueOf(all.getJsonObject("risks").getJsonNumber("atRisk").longValue()), text("tile-at-risk-count"));
        assertEquals(4L, browser.executeScript("return Array.from(document.querySelectorAll('.report-chart canvas'))"
                + ".filter(canvas => window.Chart && Chart.getChart(canvas)).length;"), "four charts drawn by Chart.js under the CSP");

        // The way back: the shares as the API counts them, and the room to come back in words, a row per level.
        JsonObject wayBack = all.getJsonObject("wayBack");
        JsonObject intoOpenRole = wayBack.getJsonObject("intoOpenRole");
        assertEquals(Math.round(100.0 * intoOpenRole.getJsonNumber("count").longValue() / intoOpenRole.getJsonNumber("of").longValue())
                + " %", text("tile-into-open-role-count"));
        JsonObject filled = wayBack.getJsonObject("backfillsFilled");
        assertEquals(Math.round(100.0 * filled.getJsonNumber("count").longValue() / filled.getJsonNumber("of").longValue()) + " %",
                text("tile-backfills-filled-count"));
        List<WebElement> levels = browser.findElements(By.cssSelector("#roomTable tbody th"));
        assertEquals(List.of("Project coordinator", "Project manager", "Senior project manager", "Program manager", "Portfolio manager"),
                levels.stream().map(WebElement::getText).toList());
        JsonObject first = wayBack.getJsonArray("roomToReturn").getJsonObject(0);
        long roles = first.getJsonNumber("openRoles").longValue();
        long ending = first.getJsonNumber("rotationsEnding").longValue();
        String cell = browser.findElement(By.cssSelector("#roomTable tbody tr:first-child td")).getText();
        assertEquals((roles == 0 ? "no open role" : roles == 1 ? "1 open role" : roles + " open roles") + " for "
                + (ending == 0 ? "none ending" : ending + " ending"), cell, "the first quarter's project coordinators");

        JsonObject enterprise = summary("asOf=" + today + "&tier=ENTERPRISE");
        String enterpriseActive = String.valueOf(enterprise.getJsonNumber("activeRotations").longValue());
        assertNotEquals(text("tile-active-rotations-count"), enterpriseActive, "the demo data has active rotations outside the enterprise PMO");
        new Select(browser.findElement(By.id("filters:tier"))).selectByVisibleText("Enterprise");
        Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("tile-active-rotations-count"), enterpriseActive));
        assertEquals(String.valueOf(enterprise.getJsonObject("risks").getJsonNumber("atRisk").longValue()), text("tile-at-risk-count"));
        assertTrue(browser.findElement(By.id("atRiskLink")).getAttribute("href").contains("tier=ENTERPRISE"),
                "the at-risk list opens with the same filters");
        for (String download : List.of("downloadCsv", "downloadXlsx", "downloadPdf")) {
            String href = browser.findElement(By.id(download)).getAttribute("href");
            assertTrue(href.contains("/reports/export/summary.") && href.contains("asOf=" + today) && href.contains("tier=ENTERPRISE"),
                    "the downloads carry the filters shown: " + href);
        }

        // The address says what is shown: reloaded (or sent to someone), it shows the same figures.
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(driver -> driver.getCurrentUrl().contains("tier=ENTERPRISE"));
        browser.navigate().refresh();
        Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("tile-active-rotations-count"), enterpriseActive));
        assertEquals("Enterprise", new Select(browser.findElement(By.id("filters:tier"))).getFirstSelectedOption().getText());
        new Select(browser.findElement(By.id("filters:tier"))).selectByVisibleText("All");
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(driver -> !driver.getCurrentUrl().contains("tier="));
    }

    private List<JsonObject> seatFillOn(LocalDate day) throws Exception {
        return summary("asOf=" + day).getJsonObject("seatFill").getJsonArray("byPmo").getValuesAs(JsonObject.class)
                .stream().filter(row -> row.getString("day").equals(day.toString())).toList();
    }

    /** The seat fill per PMO and role: 25 rows a page, the most open seats first, every row on some page. */
    @Test
    void seatFillTableShowsTwentyFiveRowsAPageTheMostOpenSeatsFirst() throws Exception {
        LocalDate today = LocalDate.now();
        // Two rows a PMO (analysts, managers): more than one page whatever other tests added before.
        List<JsonObject> rows = seatFillOn(today);
        for (int missing = 26 - rows.size(); missing > 0; missing -= 2) {
            new BoardFixture(base).newPmo(2);
        }
        rows = seatFillOn(today);
        browser.get(base + "reports/dashboard.xhtml?asOf=" + today);
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs("Dashboard · PMO Rotations"));
        long mostOpen = rows.stream().mapToLong(row -> row.getJsonNumber("open").longValue()).max().orElseThrow();

        By shown = By.cssSelector("#seatFillForm\\:seatFillTable tbody tr");
        List<WebElement> first = browser.findElements(shown);
        assertEquals(25, first.size(), "one page of 25");
        assertEquals(String.valueOf(mostOpen), first.get(0).findElements(By.tagName("td")).get(6).getText().strip(),
                "the most open seats first");

        int seen = first.size();
        String firstRow = first.get(0).getText();
        WebElement next = browser.findElement(By.cssSelector("#seatFillForm\\:seatFillTable .ui-paginator-next"));
        next.sendKeys(org.openqa.selenium.Keys.ENTER);
        // The paginator replaces the rows by Ajax: a row read while it does so is stale, and read again.
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElements(shown).isEmpty() && !driver.findElements(shown).get(0).getText().equals(firstRow));
        seen += browser.findElements(shown).size();
        while (!browser.findElements(By.cssSelector("#seatFillForm\\:seatFillTable .ui-paginator-next:not(.ui-state-disabled)")).isEmpty()) {
            String top = browser.findElements(shown).get(0).getText();
            browser.findElement(By.cssSelector("#seatFillForm\\:seatFillTable .ui-paginator-next")).sendKeys(org.openqa.selenium.Keys.ENTER);
            Browser.waitUpTo(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> !driver.findElements(shown).isEmpty() && !driver.findElements(shown).get(0).getText().equals(top));
            seen += browser.findElements(shown).size();
        }
        assertEquals(rows.size(), seen, "every PMO and role of the day on one of the pages");
    }

    @Test
    void atRiskTileLeadsToTheRotationsToActOn() throws Exception {
        // A day on which the demo data has a rotation at risk: the end of the next one without a return placement.
        List<String> ends = Database.strings("SELECT MIN(COALESCE(actual_end, planned_end)) FROM rotation"
                + " WHERE status IN ('APPROVED', 'ACTIVE', 'CURTAILED') AND return_placement_id IS NULL"
                + " AND COALESCE(actual_end, planned_end) >= ?", LocalDate.now());
        assertNotNull(ends.get(0), "the demo data has a rotation under way without a return placement");
        LocalDate day = LocalDate.parse(ends.get(0));
        JsonObject risks = summary("asOf=" + day).getJsonObject("risks");
        long atRisk = risks.getJsonNumber("atRisk").longValue();
        assertTrue(atRisk > 0);

        browser.get(Browser.page(base, "/reports/dashboard.xhtml?asOf=" + day));
        assertEquals(String.valueOf(atRisk), text("tile-at-risk-count"));
        browser.findElement(By.id("atRiskLink")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs("At-risk rotations · PMO Rotations"));
        assertTrue(browser.findElement(By.cssSelector(".lead")).getText().contains(day.toString()));
        assertEquals(String.valueOf(atRisk), text("atRisk-count"));
        assertEquals(String.valueOf(risks.getJsonNumber("longStays").longValue()), text("longStays-count"));
        assertEquals(String.valueOf(risks.getJsonNumber("overdue").longValue()), text("overdue-count"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#atRisk-table tbody tr"));
        assertEquals(Math.min(atRisk, 500), rows.size());
        WebElement action = rows.get(0).findElement(By.cssSelector("a.risk-action"));
        assertEquals("Reserve the return placement", action.getText());
        assertTrue(action.getAttribute("href").matches(".*/rotations/view\\.xhtml\\?id=\\d+"), action.getAttribute("href"));
        assertTrue(rows.get(0).getText().contains(day.toString()), "the soonest end first: " + rows.get(0).getText());
    }

    /** The number in a list's "n rotations" header. */
    private String listTotal() {
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs("Rotations · PMO Rotations"));
        return browser.findElement(By.cssSelector("#listForm .directory-total")).getText().replaceAll("\\D", "");
    }

    @Test
    void eachTileLeadsToTheRotationsItCountsAsManyAsItSays() throws Exception {
        LocalDate today = LocalDate.now();
        browser.get(Browser.page(base, "/reports/dashboard.xhtml?asOf=" + today + "&tier=DEPARTMENT"));
        String active = text("tile-active-rotations-count");
        assertNotEquals("0", active, "the demo data has active rotations in department PMOs");
        WebElement link = browser.findElement(By.id("activeLink"));
        assertTrue(link.getAttribute("href").contains("tier=DEPARTMENT"), "the list opens with the dashboard's filters");
        link.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals(active, listTotal(), "the list behind the active rotations tile");
        // every row links to its rotation's page, and every one is in a department PMO, holding a seat today
        List<WebElement> rows = browser.findElements(By.cssSelector("#listForm\\:rotations_data tr"));
        assertEquals(Math.min(Long.parseLong(active), 25), rows.size());
        assertTrue(rows.get(0).findElement(By.tagName("a")).getAttribute("href").matches(".*/rotations/view\\.xhtml\\?id=\\d+"));
        assertTrue(rows.stream().allMatch(row -> row.getText().contains("Department")), "tier shown on every row");

        // the returns behind the time to reintegrate and the returners behind promotion: as many as the summary counts
        JsonObject all = summary("asOf=" + today);
        browser.get(Browser.page(base, "/reports/dashboard.xhtml?asOf=" + today));
        browser.findElement(By.id("returnsLink")).click();
        assertEquals(String.valueOf(all.getJsonObject("timeToReintegrate").getJsonNumber("returns").longValue()), listTotal());
        browser.navigate().back();
        browser.findElement(By.id("promotionLink")).click();
        assertEquals(String.valueOf(all.getJsonObject("promotion").getJsonObject("within12Months").getJsonObject("rotated")
                .getJsonNumber("of").longValue()), listTotal());
        browser.navigate().back();
        long started = 0;
        for (JsonObject quarter : all.getJsonArray("quarters").getValuesAs(JsonObject.class)) {
            started += quarter.getJsonNumber("started").longValue();
        }
        browser.findElement(By.id("startedLink")).click();
        assertEquals(String.valueOf(started), listTotal(), "the rotations started in the quarters of the chart");
    }

    @Test
    void openSeatsTileLeadsToTheBenchWhichAgreesWithTheApi() throws Exception {
        LocalDate today = LocalDate.now();
        browser.get(Browser.page(base, "/reports/dashboard.xhtml?asOf=" + today));
        browser.findElement(By.id("benchLink")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs("Bench · PMO Rotations"));
        String body = new WebSession(base).getAs("/api/v1/reports/bench?asOf=" + today, "leader", WebSession.DEMO_PASSWORD).body();
        JsonObject bench;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            bench = reader.readObject();
        }
        List<JsonObject> seats = bench.getJsonArray("seats").getValuesAs(JsonObject.class);
        assertEquals(String.valueOf(seats.size()), text("benchCount"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#benchTable tbody tr"));
        assertEquals(seats.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            WebElement row = rows.get(i);
            assertEquals(seats.get(i).getString("pmo"), row.getAttribute("data-pmo"));
            assertEquals(seats.get(i).getString("from"), row.getAttribute("data-from"));
            assertEquals(String.valueOf(seats.get(i).getJsonNumber("total").longValue()),
                    row.findElement(By.cssSelector(".bench-total")).getText().strip());
        }
        assertTrue(browser.findElements(By.cssSelector("#benchTable a")).isEmpty(), "a leader reads the bench; planning is not theirs");
    }

    @Test
    void dashboardFitsAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(Browser.page(base, "/reports/dashboard.xhtml"));
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertEquals(Boolean.FALSE, overflow, "no sideways scrolling at 390 px");
        assertTrue(browser.findElement(By.id("tile-active-rotations-count")).isDisplayed());
    }
}
