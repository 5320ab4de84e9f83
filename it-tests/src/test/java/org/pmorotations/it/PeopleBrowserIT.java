package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People managed through the pages, in a real browser, checked against the database: a person
 * added (a bad e-mail address refused next to its field, the typed values kept), a level change
 * and a project role recorded (an overlapping role refused with the one-assignment rule said),
 * their leaving marked; and the staff import with a bad line, its rejected lines downloaded,
 * fixed and imported again. Creates people with employee numbers unique to the run.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class PeopleBrowserIT {

    private static final String HEADER = "employeeNumber,fullName,email,department,hireDate,level";

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 2_000_000_000L, 36).toUpperCase();
    }

    @Test
    void aManagerAddsAPersonRecordsTheirLevelAndRoleAndMarksTheirLeaving() throws Exception {
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/staff/index.xhtml"));
        browser.findElement(By.id("newPerson")).sendKeys(Keys.ENTER);
        textSaying(By.tagName("h1"), "Add a person");

        String number = unique("NP");
        String name = "<i>Zoë</i> Quist";
        type("employeeNumber", number);
        type("fullName", name);
        type("email", "zoe.quist-at-example.com");
        type("department", "Finance");
        type("hireDate", "2020-04-01");
        new Select(browser.findElement(By.id("level"))).selectByValue("PROJECT_MANAGER");
        browser.findElement(By.id("save")).sendKeys(Keys.ENTER);

        String refused = textSaying(By.id("emailMessage"), "e-mail address");
        assertTrue(refused.contains("zoe.quist-at-example.com"), refused);
        assertEquals("true", browser.findElement(By.id("email")).getAttribute("aria-invalid"));
        assertEquals(name, browser.findElement(By.id("fullName")).getAttribute("value"), "what was typed stays");
        assertEquals("PROJECT_MANAGER", new Select(browser.findElement(By.id("level"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM staff WHERE employee_number = ?", number), "nothing written");

        type("email", "zoe.quist@example.com");
        browser.findElement(By.id("save")).sendKeys(Keys.ENTER);
        textSaying(By.tagName("h1"), name);
        assertTrue(browser.findElements(By.cssSelector("h1 i")).isEmpty(), "the typed markup is text, not a tag");
        assertEquals(List.of(name + "|zoe.quist@example.com|Finance|PROJECT_MANAGER|true"), Database.strings(
                "SELECT full_name || '|' || email || '|' || department || '|' || career_level || '|' || CASE WHEN active THEN 'true' ELSE 'false' END"
                        + " FROM staff WHERE employee_number = ?", number));

        // A promotion from a date: history, and the level in force.
        browser.findElement(By.id("editPerson")).sendKeys(Keys.ENTER);
        textSaying(By.tagName("h1"), "Edit");
        new Select(browser.findElement(By.id("newLevel"))).selectByValue("SENIOR_PROJECT_MANAGER");
        type("effective", "2024-01-01");
        browser.findElement(By.id("recordLevel")).sendKeys(Keys.ENTER);
        onThePersonsPage();
        textSaying(By.id("level"), "Senior project manager");
        assertTrue(browser.findElement(By.id("levels")).getText().contains("2024-01-01"));

        // A project role, then one that overlaps it: refused with the rule said, the dates kept.
        List<String> project = Database.strings("SELECT code || '|' || name FROM project WHERE start_date <= DATE '2021-01-01'"
                + " AND (end_date IS NULL OR end_date >= DATE '2021-12-31') ORDER BY code FETCH FIRST 1 ROWS ONLY");
        String[] chosen = project.get(0).split("\\|", 2);
        browser.findElement(By.id("editPerson")).sendKeys(Keys.ENTER);
        textSaying(By.tagName("h1"), "Edit");
        recordRole(chosen[0], "2021-01-01", "2021-12-31");
        onThePersonsPage();
        textSaying(By.id("roles"), chosen[1]);
        browser.findElement(By.id("editPerson")).sendKeys(Keys.ENTER);
        textSaying(By.tagName("h1"), "Edit");
        recordRole(chosen[0], "2021-06-01", "2021-08-31");
        String overlap = textSaying(By.id("roleStartMessage"), "one primary assignment a day");
        assertTrue(overlap.contains(chosen[0]), overlap);
        assertEquals("2021-06-01", browser.findElement(By.id("roleStart_input")).getAttribute("value"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM project_role pr JOIN staff s ON s.id = pr.staff_id WHERE s.employee_number = ?", number));

        // Leaving the organisation: kept, marked, and said in words.
        browser.findElement(By.id("toggleActive")).sendKeys(Keys.ENTER);
        textSaying(By.cssSelector(".facts"), "Left the organisation");
        assertEquals(List.of("false"), Database.strings("SELECT CASE WHEN active THEN 'true' ELSE 'false' END FROM staff WHERE employee_number = ?", number));
    }

    @Test
    void anImportListsEachBadLineAndItsDownloadedLinesFixedImportAgain() throws Exception {
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/staff/index.xhtml"));
        browser.findElement(By.id("importStaff")).sendKeys(Keys.ENTER);
        textSaying(By.tagName("h1"), "Import staff");
        Path downloads = Browser.downloadsInto(browser);

        String good = unique("IG");
        String badEmail = unique("IB");
        String badDate = unique("ID");
        Path file = Files.createTempFile(downloads.getParent(), "staff", ".csv");
        Files.writeString(file, HEADER + "\n"
                + good + ",Ann Ek,ann.ek@example.com,Finance,2019-05-01,PROJECT_MANAGER\n"
                + badEmail + ",\"Lind, Bo\",bo-at-example.com,Operations,2018-03-01,CEO\n"
                + badDate + ",Cy Berg,cy.berg@example.com,Operations,2019-13-45,PROJECT_COORDINATOR\n", StandardCharsets.UTF_8);
        Browser.upload(browser, file);

        textSaying(By.id("createdCount"), "One person added");
        assertEquals("2 lines rejected", browser.findElement(By.id("rejectedCount")).getText());
        String lines = browser.findElement(By.id("rejectedLines")).getText();
        assertTrue(lines.contains("bo-at-example.com") && lines.contains("CEO") && lines.contains("2019-13-45"), lines);
        Browser.screenshotOfPage(browser, "staff-import-result");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM staff WHERE employee_number IN (?, ?, ?)", good, badEmail, badDate),
                "the good line is imported, the bad ones are not");

        browser.findElement(By.id("downloadRejected")).sendKeys(Keys.ENTER);
        Path rejected = Browser.downloaded(browser, downloads);
        assertEquals(file.getFileName().toString().replace(".csv", "-rejected.csv"), rejected.getFileName().toString());
        String content = Files.readString(rejected, StandardCharsets.UTF_8);
        List<String> rows = content.lines().toList();
        assertEquals(3, rows.size(), content);
        assertEquals(HEADER + ",errors", rows.get(0));
        assertTrue(rows.get(1).startsWith(badEmail + ",\"Lind, Bo\",bo-at-example.com,Operations,2018-03-01,CEO,"), rows.get(1));
        assertTrue(rows.get(2).startsWith(badDate + ",Cy Berg,"), rows.get(2));

        Path fixed = Files.createTempFile(downloads.getParent(), "fixed", ".csv");
        Files.writeString(fixed, content.replace("bo-at-example.com", "bo.lind@example.com").replace(",CEO,", ",PROGRAM_MANAGER,")
                .replace("2019-13-45", "2019-12-15"), StandardCharsets.UTF_8);
        Browser.upload(browser, fixed);
        textSaying(By.id("createdCount"), "2 people added");
        assertEquals("no line rejected", browser.findElement(By.id("rejectedCount")).getText());
        assertTrue(browser.findElements(By.id("rejectedLines")).isEmpty());
        assertEquals(List.of("Cy Berg|PROJECT_COORDINATOR", "Lind, Bo|PROGRAM_MANAGER"), Database.strings(
                "SELECT full_name || '|' || career_level FROM staff WHERE employee_number IN (?, ?) ORDER BY full_name", badEmail, badDate));
    }

    @Test
    void thePlanFormFindsAPersonByNameAndSaysWhoTheyAre() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String surname = unique("Quen");
        String onProject = fixture.newPerson("Ada <b>" + surname + "</b>", "Logistics");
        String between = fixture.newPerson("Ben " + surname, "Logistics");
        // An ongoing project; the role from its start or the person's hire, whichever is later.
        List<String> project = Database.strings("SELECT code || '|' || CAST(CASE WHEN start_date < DATE '2010-01-04' THEN DATE '2010-01-04'"
                + " ELSE start_date END AS VARCHAR(10)) || '|' || name FROM project WHERE start_date <= CURRENT_DATE"
                + " AND (end_date IS NULL OR end_date > CURRENT_DATE) ORDER BY code FETCH FIRST 1 ROWS ONLY");
        String[] code = project.get(0).split("\\|", 3);
        var role = fixture.send("POST", "/api/v1/staff/" + onProject + "/roles", "pmo.manager",
                "{\"projectCode\":\"" + code[0] + "\",\"level\":\"PROJECT_COORDINATOR\",\"start\":\"" + code[1] + "\"}");
        assertEquals(201, role.statusCode(), role.body());

        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/schedule.xhtml"));
        personField().sendKeys(surname.toLowerCase());
        List<String> suggestions = Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(driver -> {
            List<String> rows = driver.findElements(By.cssSelector(".person-suggestions tr.ui-autocomplete-item")).stream()
                    .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
            return rows.size() == 2 ? rows : null;
        });
        assertTrue(suggestions.get(0).contains("Ada <b>" + surname + "</b>") && suggestions.get(0).contains(onProject)
                && suggestions.get(0).contains("Project coordinator") && suggestions.get(0).contains("Logistics")
                && suggestions.get(0).contains("Project coordinator on " + code[2]), "name, number, level, department, position: " + suggestions.get(0));
        assertTrue(suggestions.get(1).contains("Ben " + surname) && suggestions.get(1).contains("Between assignments"), suggestions.get(1));
        assertTrue(browser.findElements(By.cssSelector(".person-suggestions b")).isEmpty(), "a typed name is text, not markup");

        personField().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
        // The choice sends its own request and the field's change another; both redraw the line below the field.
        textSaying(By.id("schedule:chosen"), "Ben " + surname);
        Browser.waitForAjax(browser);
        textSaying(By.id("schedule:chosen"), "Logistics · Between assignments");
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .withMessage("the field holds the chosen person's number").until(driver -> between.equals(personField().getAttribute("value")));

        // On to the next field and back; a name that only one person has, typed in full and left: that person, without the list.
        personField().sendKeys(Keys.TAB);
        Browser.waitForAjax(browser);
        browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        personField().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Ada <b>" + surname + "</b>", Keys.ESCAPE, Keys.TAB);
        textSaying(By.id("schedule:chosen"), "Ada <b>" + surname + "</b> · Project coordinator · Logistics · Project coordinator on " + code[2]);
        assertTrue(!"body".equals(browser.switchTo().activeElement().getTagName()), "the focus moved on with the Tab key, not lost");
    }

    /** The plan form's person field (drawn again when a name typed in it becomes a number). */
    private WebElement personField() {
        return browser.findElement(By.id("schedule:employee_input"));
    }

    /** Waits for the person's page that a recorded change leads back to. */
    private void onThePersonsPage() {
        Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .withMessage(() -> "not on the person's page; at " + browser.getCurrentUrl() + " the page says: " + browser.findElement(By.tagName("body")).getText())
                .until(driver -> driver.getCurrentUrl().contains("/staff/view.xhtml"));
        Browser.waitForAjax(browser);
    }

    private void recordRole(String projectCode, String start, String end) {
        new Select(browser.findElement(By.id("project"))).selectByValue(projectCode);
        type("roleStart", start);
        type("roleEnd", end);
        browser.findElement(By.id("recordRole")).sendKeys(Keys.ENTER);
    }

    /** Chooses the file in the upload's own file input, which sends it at once. */
    /** Types into an input, or into the text box of a date picker of that id. */
    private void type(String id, String text) {
        List<WebElement> datePicker = browser.findElements(By.id(id + "_input"));
        WebElement input = datePicker.isEmpty() ? browser.findElement(By.id(id)) : datePicker.get(0);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        if (!datePicker.isEmpty()) {
            input.sendKeys(Keys.ESCAPE);
        }
    }

    private String textSaying(By element, String expected) {
        return Browser.textSaying(browser, element, expected);
    }
}
