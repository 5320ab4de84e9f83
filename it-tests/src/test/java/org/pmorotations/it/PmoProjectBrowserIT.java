package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PMOs and projects through their pages, in a real browser: refusals next to the field with the
 * typed values kept, then saved; a stale edit; the seats taken today; what a leader may not do.
 * Creates PMOs and projects with codes unique to the run, never staff.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class PmoProjectBrowserIT {

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private String textSaying(By element, String expected) {
        return Browser.textSaying(browser, element, expected);
    }

    /** The texts of the elements that describe {@code input}, as a screen reader reads them after its label. */
    private String describedBy(WebElement input) {
        StringBuilder texts = new StringBuilder();
        for (String id : String.valueOf(input.getAttribute("aria-describedby")).split(" ")) {
            browser.findElements(By.id(id)).forEach(element -> texts.append(element.getText()).append(' '));
        }
        return texts.toString().strip();
    }

    @Test
    void aNegativeSeatCountIsRefusedNextToTheFieldThenCorrectedAndSaved() throws Exception {
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/pmos/index.xhtml"));
        browser.findElement(By.id("createPmo")).click();
        assertEquals("New PMO", textSaying(By.tagName("h1"), "New PMO"));

        String code = unique("UI");
        type("code", code);
        type("name", "Delivery Excellence PMO");
        new Select(browser.findElement(By.id("tier"))).selectByValue("DEPARTMENT");
        type("analystSeats", "-2");
        type("managerSeats", "1");
        type("opens", "2031-01-01");
        browser.findElement(By.id("save")).click();

        String message = textSaying(By.id("analystSeatsMessage"), "cannot be negative");
        assertTrue(message.contains("cannot be negative"), "the message next to the analyst seats: " + message);
        WebElement seats = browser.findElement(By.id("analystSeats"));
        assertEquals("true", seats.getAttribute("aria-invalid"));
        assertTrue(describedBy(seats).contains("cannot be negative"), "a screen reader reads the message with the field: " + describedBy(seats));
        assertEquals("rgba(244, 67, 54, 1)", seats.getCssValue("border-top-color"), "the refused field is drawn as an error");
        assertEquals(null, browser.findElement(By.id("managerSeats")).getAttribute("aria-invalid"), "a field without a message is not marked");
        assertTrue(describedBy(browser.findElement(By.id("code"))).contains(browser.findElement(By.id("codeHint")).getText()),
                "the code is described by its hint");
        assertEquals("-2", value("analystSeats"), "typed values kept");
        assertEquals("Delivery Excellence PMO", value("name"));
        assertEquals(code, value("code"));
        assertEquals("2031-01-01", value("opens"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM pmo WHERE code = ?", code), "nothing written");

        type("analystSeats", "3");
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/pmos/index.xhtml"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM pmo WHERE code = ? AND name = 'Delivery Excellence PMO' AND tier = 'DEPARTMENT'"
                + " AND analyst_seats = 3 AND manager_seats = 1 AND opens = DATE '2031-01-01' AND closes IS NULL", code));
        assertTrue(rowOf(code).getText().contains("3 analysts, 1 manager"), rowOf(code).getText());
    }

    @Test
    void anEditOnAStaleVersionSaysSoAndKeepsTheTypedValues() throws Exception {
        String code = unique("ST");
        String pmo = "{\"code\":\"" + code + "\",\"name\":\"Stale Test PMO\",\"tier\":\"PROGRAM\","
                + "\"seats\":{\"PMO_ANALYST\":2,\"PMO_MANAGER\":1},\"opens\":\"2031-01-01\",\"closes\":\"2032-12-31\"}";
        assertEquals(201, api("POST", "/api/v1/pmos", pmo).statusCode());
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/pmos/edit.xhtml?code=" + code));
        assertEquals("Stale Test PMO", value("name"));

        // Someone else saves the PMO meanwhile, over the API, with the version they read.
        long version = Database.count("SELECT version FROM pmo WHERE code = ?", code);
        HttpResponse<String> saved = api("PUT", "/api/v1/pmos/" + code, "{\"code\":\"" + code + "\",\"name\":\"Changed Elsewhere PMO\","
                + "\"tier\":\"PROGRAM\",\"seats\":{\"PMO_ANALYST\":2,\"PMO_MANAGER\":1},\"opens\":\"2031-01-01\",\"closes\":\"2032-12-31\","
                + "\"version\":" + version + "}");
        assertEquals(200, saved.statusCode(), saved.body());

        type("name", "My Late Edit PMO");
        type("managerSeats", "2");
        browser.findElement(By.id("save")).click();
        String messages = textSaying(By.id("messages"), "Someone else changed this PMO");
        assertTrue(messages.contains("Someone else changed this PMO"), messages);
        assertEquals("My Late Edit PMO", value("name"), "the typed value stays");
        assertEquals("2", value("managerSeats"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM pmo WHERE code = ? AND name = 'Changed Elsewhere PMO' AND manager_seats = 1", code),
                "the other change stands, nothing of the stale one was written");
    }

    @Test
    void theListShowsTheSeatsTakenToday() throws Exception {
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/pmos/index.xhtml"));
        assertEquals("PMOs · PMO Rotations", browser.getTitle());
        List<String> codes = Database.strings("SELECT code FROM pmo ORDER BY code");
        assertEquals(codes.size(), browser.findElements(By.cssSelector("[id$=':code']")).size(), "every PMO listed");
        for (String code : Database.strings("SELECT DISTINCT p.code FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE r.status = 'ACTIVE'")) {
            long analysts = Database.count("SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE p.code = ? AND r.status = 'ACTIVE'"
                    + " AND r.pmo_role = 'PMO_ANALYST'", code);
            long managers = Database.count("SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE p.code = ? AND r.status = 'ACTIVE'"
                    + " AND r.pmo_role = 'PMO_MANAGER'", code);
            long analystSeats = Database.count("SELECT analyst_seats FROM pmo WHERE code = ?", code);
            long managerSeats = Database.count("SELECT manager_seats FROM pmo WHERE code = ?", code);
            String expected = analysts + " of " + analystSeats + " analyst seats, " + managers + " of " + managerSeats + " manager seats";
            assertTrue(rowOf(code).getText().contains(expected), code + ": " + rowOf(code).getText() + " should say " + expected);
        }
        assertTrue(browser.findElements(By.id("createPmo")).isEmpty(), "a leader gets no button to create");
        assertTrue(browser.findElements(By.linkText("Edit")).isEmpty(), "nor to edit");

        browser.get(Browser.page(base, "/pmos/edit.xhtml?code=" + codes.get(0)));
        assertTrue(browser.findElements(By.id("save")).isEmpty(), "a leader reads a PMO without a save button");
        browser.get(Browser.page(base, "/projects/index.xhtml"));
        assertTrue(browser.findElements(By.id("create")).isEmpty(), "nor a form for a project");
        List<String> projects = Database.strings("SELECT code FROM project ORDER BY code");
        assertEquals(projects.subList(0, Math.min(50, projects.size())),
                browser.findElements(By.cssSelector("[id$=':projectCode']")).stream().map(WebElement::getText).toList(),
                "the projects by code, fifty a page");
    }

    @Test
    void aProjectIsCreatedThroughTheFormAfterItsEndIsCorrected() throws Exception {
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/projects/index.xhtml"));
        String code = unique("PR");
        type("code", code);
        type("name", "Claims Platform Renewal");
        type("department", "Operations");
        type("start", "2030-01-01");
        type("end", "2029-06-30");
        browser.findElement(By.id("create")).click();
        String message = textSaying(By.id("endMessage"), "before the start date");
        assertTrue(message.contains("before the start date"), "the message next to the end: " + message);
        assertEquals("Claims Platform Renewal", value("name"));
        assertEquals("2029-06-30", value("end"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM project WHERE code = ?", code));

        type("end", "2031-06-30");
        browser.findElement(By.id("create")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".ui-growl-message")).isEmpty());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM project WHERE code = ? AND name = 'Claims Platform Renewal'"
                + " AND department = 'Operations' AND start_date = DATE '2030-01-01' AND end_date = DATE '2031-06-30'", code));
        assertTrue(browser.findElement(By.cssSelector(".ui-growl-message")).getText().contains(code));
        assertEquals("", value("code"), "the form is empty again for the next project");
    }

    /** Open roles from a CSV file on the import page: the good line opened, the bad one listed with its line and columns. */
    @Test
    void openRolesAreImportedFromAFileAndABadLineIsListed() throws Exception {
        String code = unique("PI");
        assertEquals(201, api("POST", "/api/v1/projects", "{\"code\":\"" + code + "\",\"name\":\"Imported demand\",\"department\":"
                + "\"Project page QA\",\"start\":\"2015-01-01\",\"end\":null}").statusCode());
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/projects/index.xhtml"));
        browser.findElement(By.id("importOpenRoles")).sendKeys(org.openqa.selenium.Keys.ENTER);
        textSaying(By.tagName("h1"), "Import open roles");
        java.nio.file.Path file = java.nio.file.Files.createTempFile(Browser.downloadsInto(browser).getParent(), "demand", ".csv");
        java.nio.file.Files.writeString(file, "projectCode,minLevel,start,description\n"
                + code + ",PROJECT_MANAGER,2027-05-01,<b>Imported</b> lead\n"
                + code + ",CEO,2027-05-01,Not a level\n", java.nio.charset.StandardCharsets.UTF_8);
        Browser.upload(browser, file);

        textSaying(By.id("createdCount"), "One open role opened");
        assertEquals("one line rejected", browser.findElement(By.id("rejectedCount")).getText());
        assertTrue(browser.findElements(By.id("updatedCount")).isEmpty(), "an import of open roles updates nothing");
        List<WebElement> cells = browser.findElements(By.cssSelector("#rejectedLines tbody td"));
        assertEquals("3", cells.get(0).getText(), "the line, the header being line 1");
        assertTrue(cells.get(1).getText().startsWith("minLevel: \"CEO\" is not one of"), cells.get(1).getText());
        browser.get(Browser.page(base, "/projects/view.xhtml?code=" + code));
        assertTrue(textSaying(By.id("openRoles"), "Imported").contains("<b>Imported</b> lead"), "typed markup shown as text");
    }

    /**
     * A project's page: its open roles opened, filled by a person and withdrawn through its forms,
     * each refusal next to the field it names with the typed values kept, typed text shown as text.
     */
    @Test
    void aManagerOpensFillsAndWithdrawsOpenRolesOnTheProjectPage() throws Exception {
        String code = unique("PV");
        assertEquals(201, api("POST", "/api/v1/projects", "{\"code\":\"" + code + "\",\"name\":\"Demand page\",\"department\":"
                + "\"Project page QA\",\"start\":\"2015-01-01\",\"end\":null}").statusCode());
        String number = unique("PVP");
        HttpResponse<String> person = api("POST", "/api/v1/staff", "{\"employeeNumber\":\"" + number + "\",\"fullName\":\"Noor " + number
                + "\",\"email\":\"" + number.toLowerCase() + "@example.com\",\"department\":\"Project page QA\",\"hireDate\":\"2026-12-01\","
                + "\"level\":\"PROJECT_MANAGER\"}");
        assertEquals(201, person.statusCode(), person.body());
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/projects/index.xhtml"));
        browser.findElement(By.linkText(code)).click();
        textSaying(By.tagName("h1"), code + " \u00b7 Demand page");
        assertEquals("This project has no open roles.", textSaying(By.id("noOpenRoles"), "no open roles"));

        type("start", "2027-03-01");
        type("description", "<b>Lead</b> the roll-out");
        browser.findElement(By.id("openRole")).click();
        String message = textSaying(By.id("minLevelMessage"), "required");
        assertTrue(message.contains("level wanted is required"), message);
        assertEquals("2027-03-01", value("start"), "typed values kept");
        assertEquals("<b>Lead</b> the roll-out", value("description"));
        new Select(browser.findElement(By.id("minLevel"))).selectByVisibleText("Project manager");
        browser.findElement(By.id("openRole")).click();
        textSaying(By.id("messages"), "Open role opened");
        WebElement row = browser.findElement(By.cssSelector("#openRoles tr.open-role"));
        assertTrue(row.getText().contains("project manager or above") && row.getText().contains("Open")
                && row.getText().contains("<b>Lead</b> the roll-out") && row.getText().contains("Project page QA"), row.getText());

        new Select(browser.findElement(By.id("fillRole"))).selectByIndex(1);
        type("fillEmployee", "NOBODY-" + number);
        browser.findElement(By.id("fill")).click();
        assertTrue(textSaying(By.id("fillEmployeeMessage"), "no staff member").contains("NOBODY-" + number));
        new Select(browser.findElement(By.id("fillRole"))).selectByIndex(1);
        type("fillEmployee", number);
        browser.findElement(By.id("fill")).click();
        textSaying(By.id("messages"), "fills the role");
        row = browser.findElement(By.cssSelector("#openRoles tr.open-role"));
        assertEquals("FILLED", row.getAttribute("data-status"));
        assertTrue(row.getText().contains("Noor " + number + ", from 2027-03-01"), row.getText());
        assertTrue(browser.findElements(By.id("fillForm")).isEmpty(), "nothing left to fill");

        new Select(browser.findElement(By.id("minLevel"))).selectByVisibleText("Senior project manager");
        type("start", "2027-06-01");
        browser.findElement(By.id("openRole")).click();
        textSaying(By.id("messages"), "Open role opened");
        new Select(browser.findElement(By.id("withdrawRole"))).selectByIndex(1);
        browser.findElement(By.id("withdraw")).click();
        assertTrue(textSaying(By.id("withdrawReasonMessage"), "reason").contains("A reason is required"));
        new Select(browser.findElement(By.id("withdrawRole"))).selectByIndex(1);
        type("withdrawReason", "Hired from outside");
        browser.findElement(By.id("withdraw")).click();
        textSaying(By.id("messages"), "Open role withdrawn");
        assertEquals(List.of("FILLED", "WITHDRAWN"), browser.findElements(By.cssSelector("#openRoles tr.open-role")).stream()
                .map(each -> each.getAttribute("data-status")).toList());
    }

    /**
     * A rotation approved for a person with a role at home: the home project's page shows the
     * backfill their rotation opened, and the person's page shows their seat at home held for them.
     */
    @Test
    void anApprovedRotationShowsItsBackfillOnTheHomeProjectAndTheSeatOnThePersonsPage() throws Exception {
        String home = unique("HS");
        assertEquals(201, api("POST", "/api/v1/projects", "{\"code\":\"" + home + "\",\"name\":\"Home seat\",\"department\":"
                + "\"Project page QA\",\"start\":\"2015-01-01\",\"end\":null}").statusCode());
        String pmo = unique("HP");
        WebSession admin = new WebSession(base);
        assertEquals(201, admin.send(admin.request("/api/v1/pmos").header("Authorization", WebSession.basic("admin", WebSession.DEMO_PASSWORD))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + pmo
                        + "\",\"name\":\"Seat PMO " + pmo + "\",\"tier\":\"DEPARTMENT\",\"seats\":{\"PMO_ANALYST\":1,\"PMO_MANAGER\":1},"
                        + "\"opens\":\"2020-01-06\",\"closes\":null}"))).statusCode());
        String number = unique("HSP");
        assertEquals(201, api("POST", "/api/v1/staff", "{\"employeeNumber\":\"" + number + "\",\"fullName\":\"Ines " + number
                + "\",\"email\":\"" + number.toLowerCase() + "@example.com\",\"department\":\"Project page QA\",\"hireDate\":\"2015-01-05\","
                + "\"level\":\"PROJECT_COORDINATOR\"}").statusCode());
        assertEquals(201, api("POST", "/api/v1/staff/" + number + "/roles", "{\"projectCode\":\"" + home
                + "\",\"level\":\"PROJECT_COORDINATOR\",\"start\":\"2016-01-04\"}").statusCode());
        java.time.LocalDate start = java.time.LocalDate.now().plusYears(2).withDayOfMonth(1);
        HttpResponse<String> proposed = api("POST", "/api/v1/rotations", "{\"employeeNumber\":\"" + number + "\",\"pmoCode\":\"" + pmo
                + "\",\"role\":\"PMO_ANALYST\",\"start\":\"" + start + "\",\"months\":12,\"objectives\":[\"PROCESS_IMPROVEMENT\"]}");
        assertEquals(201, proposed.statusCode(), proposed.body());
        long id = Long.parseLong(proposed.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        long version = Long.parseLong(proposed.body().replaceAll(".*\"version\":(\\d+).*", "$1"));
        WebSession manager = new WebSession(base);
        HttpResponse<String> approved = manager.send(manager.request("/api/v1/rotations/" + id + "/approve")
                .header("Authorization", WebSession.basic("pmo.manager", WebSession.DEMO_PASSWORD)).header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, approved.statusCode(), approved.body());

        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/projects/view.xhtml?code=" + home));
        WebElement backfill = browser.findElement(By.cssSelector("#openRoles tr.open-role"));
        assertTrue(backfill.getText().contains("Backfill for Ines " + number) && backfill.getText().contains("project coordinator"),
                backfill.getText());
        backfill.findElement(By.linkText("on rotation")).click();
        textSaying(By.tagName("h1"), "Ines " + number);

        browser.get(Browser.page(base, "/staff/view.xhtml?employee=" + number));
        assertTrue(textSaying(By.id("seatsHeld"), "Held on").contains("Held on " + home + " · Home seat from " + start),
                browser.findElement(By.id("seatsHeld")).getText());
    }

    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        WebSession client = new WebSession(base);
        return client.send(client.request(path).header("Authorization", WebSession.basic("pmo.manager", WebSession.DEMO_PASSWORD))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private WebElement rowOf(String code) {
        return browser.findElement(By.xpath("//tr[td//span[normalize-space()='" + code + "']]"));
    }
}
