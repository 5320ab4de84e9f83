package org.pmorotations.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PMO manager plans and runs rotations in a real browser (headless Chromium): the planning
 * form with its candidates and live rule check, the rotation page with its dialogs, and a staff
 * member refused someone else's rotation. Each test makes its own PMO and rotations (unique
 * codes), or changes one active demo rotation's return as the design allows.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class RotationJourneyBrowserIT {

    private static final String MANAGER = "pmo.manager";

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    // ------------------------------------------------------------------ planning form

    @Test
    void managerSchedulesARotationByPickingACandidate() throws Exception {
        String pmo = newPmo(2);
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(4);
        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/schedule.xhtml"));
        assertEquals("Plan a rotation · PMO Rotations", browser.getTitle());

        choose(By.id("schedule:pmo"), pmo);
        type(By.id("schedule:start_input"), start.toString());
        assertEquals(start.toString(), browser.findElement(By.id("schedule:start_input")).getAttribute("value"));
        until(driver -> text(By.id("schedule:plannedEnd")).equals("Ends on " + start.plusMonths(12).minusDays(1) + "."));
        WebElement first = until(driver -> driver.findElements(By.cssSelector("li.candidate")).stream().findFirst().orElse(null));
        String person = first.getAttribute("data-employee");
        assertFalse(first.findElement(By.className("candidate-reason")).getText().isBlank(), "each candidate says why");

        Browser.press(browser, first.findElement(By.tagName("button")));
        until(driver -> person.equals(driver.findElement(By.id("schedule:employee_input")).getAttribute("value")));
        until(driver -> visible(By.id("schedule:rulesPass")));
        assertTrue(browser.findElement(By.id("schedule:rulesPass")).getText().contains("All rules pass"));

        tick("Process improvement");
        tick("Leadership network");
        click(By.id("schedule:submit"));

        until(driver -> driver.getCurrentUrl().contains("/rotations/view.xhtml"));
        assertEquals("Proposed", text(By.id("status")));
        assertTrue(text(By.id("pmo")).startsWith(pmo), text(By.id("pmo")));
        assertEquals(start.toString(), text(By.id("start")));
        assertEquals(start.plusMonths(12).minusDays(1).toString(), text(By.id("plannedEnd")));
        assertTrue(until(driver -> driver.findElement(By.cssSelector(".ui-growl")).getText()).contains("Rotation proposed"));
        assertTrue(text(By.id("history")).contains("Proposed"), "the proposal is the first history line");

        assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id JOIN staff s ON s.id = r.staff_id"
                + " WHERE p.code = ? AND s.employee_number = ? AND r.status = 'PROPOSED' AND r.start_date = ?", pmo, person, start));
        assertEquals(List.of("LEADERSHIP_NETWORK", "PROCESS_IMPROVEMENT"), Database.strings("SELECT o.objective FROM rotation_objective o"
                + " JOIN rotation r ON r.id = o.rotation_id JOIN pmo p ON p.id = r.pmo_id WHERE p.code = ? ORDER BY o.objective", pmo));
    }

    @Test
    void theBenchListsOnlySeatsARotationFitsAndItsLinkPlansOneTheRulesAccept() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String pmo = newPmo(2);
        LocalDate today = LocalDate.now();
        LocalDate start = today.withDayOfMonth(1).plusMonths(3);
        fixture.propose(fixture.candidate(pmo, start, 12, List.of()), pmo, start, 12);

        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/reports/bench.xhtml?pmo=" + pmo));
        List<WebElement> analysts = browser.findElements(By.cssSelector("#benchTable tr.bench-row[data-role='PMO_ANALYST']"));
        // One seat stays free from today on; the other only until the proposal starts, too short for twelve months.
        assertEquals(1, analysts.size(), "only the seat a rotation of the minimum length fits: " + text(By.id("benchTable")));
        WebElement seat = analysts.get(0);
        assertEquals(today.toString(), seat.getAttribute("data-from"));
        assertTrue(seat.getText().contains("1 of 2"), seat.getText());
        assertTrue(text(By.id("benchIntro")).contains("minimum length (12 months)"), text(By.id("benchIntro")));

        seat.findElement(By.linkText("Plan a rotation")).sendKeys(Keys.ENTER);
        until(driver -> driver.getCurrentUrl().contains("/rotations/schedule.xhtml"));
        assertEquals(pmo, new Select(browser.findElement(By.id("schedule:pmo"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(today.toString(), browser.findElement(By.id("schedule:start_input")).getAttribute("value"));
        WebElement first = until(driver -> driver.findElements(By.cssSelector("li.candidate")).stream().findFirst().orElse(null));
        Browser.press(browser, first.findElement(By.tagName("button")));
        until(driver -> visible(By.id("schedule:rulesPass")));
        assertTrue(text(By.id("schedule:rulesPass")).contains("All rules pass"), "the bench's seat and its first candidate pass every rule");
    }

    @Test
    void managerNotesOnAProposalAndEditsItInsteadOfCancellingIt() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String pmo = newPmo(1);
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(4);
        long id = fixture.propose(fixture.candidate(pmo, start, 12, List.of()), pmo, start, 12).getJsonNumber("id").longValue();

        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + id));
        WebElement note = until(ExpectedConditions.elementToBeClickable(By.id("noteForm:note"))::apply);
        note.sendKeys("Talked to <b>the home lead</b>.", Keys.ENTER, "Release agreed.");
        Browser.press(browser, browser.findElement(By.id("noteForm:addNote")));
        until(driver -> text(By.id("history")).contains("Release agreed."));
        assertTrue(text(By.cssSelector("#history tr.history-NOTED")).contains("Talked to <b>the home lead</b>."), "typed markup is text");
        assertTrue(browser.findElements(By.cssSelector("#history b")).isEmpty());

        browser.findElement(By.linkText("Edit proposal")).sendKeys(Keys.ENTER);
        until(driver -> driver.getTitle().startsWith("Edit the proposal"));
        assertEquals("true", browser.findElement(By.id("schedule:employee_input")).getAttribute("readonly"), "the person stays");
        type(By.id("schedule:months"), "18");
        tick("Leadership network");
        until(driver -> visible(By.id("schedule:rulesPass")));
        click(By.id("schedule:submit"));

        until(driver -> driver.getCurrentUrl().contains("/rotations/view.xhtml"));
        assertEquals(start.plusMonths(18).minusDays(1).toString(), text(By.id("plannedEnd")));
        assertEquals("Proposed", text(By.id("status")));
        assertTrue(text(By.cssSelector("#history tr.history-PROPOSAL_EDITED")).contains("Objectives: Process improvement, now"
                + " Process improvement, Leadership network."), text(By.id("history")));
        assertEquals(List.of("LEADERSHIP_NETWORK", "PROCESS_IMPROVEMENT"), Database.strings(
                "SELECT objective FROM rotation_objective WHERE rotation_id = ? ORDER BY objective", id));
    }

    @Test
    void refusedRotationShowsEveryReasonNextToItsFieldAndSavesNothing() throws Exception {
        String pmo = newPmo(1);
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(6);
        List<String> people = neverRotated(2, start);
        schedule(people.get(0), pmo, start, 12);

        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/schedule.xhtml?employee=" + people.get(1)));
        assertEquals(people.get(1), browser.findElement(By.id("schedule:employee_input")).getAttribute("value"), "pre-filled from the address");
        choose(By.id("schedule:pmo"), pmo);
        type(By.id("schedule:start_input"), start.toString());
        type(By.id("schedule:months"), "25");

        until(driver -> text(By.id("schedule:monthsProblems")).contains("DURATION"));
        until(driver -> text(By.id("schedule:roleProblems")).contains("SEATS"));
        assertTrue(text(By.id("schedule:rulesBroken")).contains("rules are broken"), text(By.id("schedule:rulesBroken")));
        assertFalse(text(By.id("schedule:employeeProblems")).contains("SEATS"), "each reason at its own field");

        tick("Program management");
        click(By.id("schedule:submit"));
        until(driver -> driver.findElement(By.cssSelector(".ui-growl")).getText().contains("Not proposed"));
        assertTrue(browser.getCurrentUrl().contains("/rotations/schedule.xhtml"));
        assertTrue(text(By.id("schedule:monthsProblems")).contains("DURATION"));
        assertTrue(text(By.id("schedule:roleProblems")).contains("SEATS"));
        assertEquals("25", browser.findElement(By.id("schedule:months")).getAttribute("value"), "typed values stay");
        assertEquals(people.get(1), browser.findElement(By.id("schedule:employee_input")).getAttribute("value"));
        assertEquals(pmo, new Select(browser.findElement(By.id("schedule:pmo"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE p.code = ?", pmo),
                "nothing saved: only the rotation holding the seat");
    }

    @Test
    void planFormRefusesImpossibleValuesNamingTheFieldAndNothingStale() throws Exception {
        String pmo = newPmo(1);
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(5);
        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/schedule.xhtml"));

        click(By.id("schedule:submit"));
        until(driver -> text(By.id("schedule:pmoProblems")).contains("PMO: a value is required."));
        assertTrue(text(By.id("schedule:employeeProblems")).contains("Person: a value is required."),
                "an empty form names every missing field");
        assertTrue(text(By.id("schedule:objectivesProblems")).contains("Choose at least one development objective."));

        choose(By.id("schedule:pmo"), pmo);
        type(By.id("schedule:start_input"), start.toString());
        until(driver -> text(By.id("schedule:plannedEnd")).startsWith("Ends on "));
        type(By.id("schedule:start_input"), start.getYear() + "-02-30");
        until(driver -> text(By.id("schedule:startMessage")).contains("Start date: “" + start.getYear() + "-02-30” is not a day of the calendar"));
        assertEquals("", text(By.id("schedule:plannedEnd")), "no end computed from the value before");
        assertEquals(start.getYear() + "-02-30", browser.findElement(By.id("schedule:start_input")).getAttribute("value"), "what was typed stays");

        type(By.id("schedule:start_input"), start.toString());
        until(driver -> text(By.id("schedule:plannedEnd")).startsWith("Ends on "));
        assertEquals("", text(By.id("schedule:startMessage")), "the message goes once the date is right");
        for (String months : List.of("0", "-5")) {
            type(By.id("schedule:months"), months);
            until(driver -> text(By.id("schedule:monthsMessage")).contains("Length in months: a whole number from 1 to 99 is required."));
            assertEquals("", text(By.id("schedule:plannedEnd")));
        }
        type(By.id("schedule:months"), Keys.BACK_SPACE.toString());
        click(By.id("schedule:submit"));
        until(driver -> text(By.id("schedule:monthsProblems")).contains("Length in months: a value is required."));
        assertEquals(1, browser.findElements(By.cssSelector("#schedule\\:monthsProblems li, #schedule\\:monthsMessage .ui-message-error-detail")).size(),
                "one message for the one problem");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE p.code = ?", pmo));
    }

    @Test
    void aPlanSentAfterTheSessionEndedLeadsToSignInAndBackToTheForm() throws Exception {
        String pmo = newPmo(1);
        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/schedule.xhtml?pmo=" + pmo));
        tick("Process improvement");
        browser.manage().deleteAllCookies();

        click(By.id("schedule:submit"));
        until(driver -> driver.getCurrentUrl().contains("/login.xhtml"));
        assertTrue(text(By.id("sessionEnded")).contains("Your session ended"), "the sign-in page says why");
        browser.findElement(By.id("username")).sendKeys(MANAGER);
        browser.findElement(By.id("password")).sendKeys(WebSession.DEMO_PASSWORD, Keys.ENTER);
        until(driver -> driver.getCurrentUrl().contains("/rotations/schedule.xhtml?pmo=" + pmo));
        assertEquals(pmo, new Select(browser.findElement(By.id("schedule:pmo"))).getFirstSelectedOption().getAttribute("value"),
                "back on the form, as the address had it");

        browser.manage().deleteAllCookies();
        type(By.id("schedule:months"), "14");
        until(driver -> driver.getCurrentUrl().contains("/login.xhtml"));
        assertTrue(text(By.id("sessionEnded")).contains("Your session ended"), "an Ajax update leads there too");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE p.code = ?", pmo));
    }

    @Test
    void aFormTheServerNoLongerKnowsReloadsItsPageWithAMessage() throws Exception {
        long id = activeDemoRotationWithoutConfirmedReturn(3);
        String periodBefore = BoardFixture.storedPeriod(id);
        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + id));
        click(By.id("actions:openCurtail"));
        until(driver -> visible(By.id("curtailForm:curtailDialog")));
        forgetViewState();
        type(By.id("curtailForm:endDate_input"), LocalDate.now().plusDays(20).toString());
        browser.findElement(By.id("curtailForm:reason")).sendKeys("Needed back early");
        click(By.id("curtailForm:save"));
        until(driver -> driver.findElement(By.cssSelector(".ui-growl")).getText().contains("Your page expired"));
        assertTrue(browser.getCurrentUrl().endsWith("/rotations/view.xhtml?id=" + id), "the same page, shown again");
        assertEquals(periodBefore, BoardFixture.storedPeriod(id), "nothing was curtailed");

        browser.get(Browser.page(base, "/projects/index.xhtml"));
        forgetViewState();
        click(By.id("create"));
        until(driver -> driver.findElement(By.cssSelector(".ui-growl")).getText().contains("Your page expired"));
        assertTrue(browser.getCurrentUrl().endsWith("/projects/index.xhtml"), "a full-page form too");
    }

    /** As if the server had forgotten the page's forms (a restart, a view pushed out): their view state is one it never gave. */
    private void forgetViewState() {
        browser.executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (input) { input.value = '-1234567890:987654321'; });");
    }

    @Test
    void staffPageLeadsToThePlanningFormForThatPerson() throws Exception {
        String person = Database.strings("SELECT employee_number FROM staff WHERE active = TRUE ORDER BY employee_number").get(0);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/staff/view.xhtml?employee=" + person));
        click(By.linkText("Plan a rotation for this person"));
        until(driver -> driver.getCurrentUrl().contains("/rotations/schedule.xhtml"));
        assertEquals(person, browser.findElement(By.id("schedule:employee_input")).getAttribute("value"));
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        long content = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(content <= viewport, "the form fits a phone: content " + content + " px in " + viewport + " px");
    }

    // ------------------------------------------------------------------ rotation page

    @Test
    void managerApprovesAndExtendsFromTheRotationPage() throws Exception {
        String pmo = newPmo(1);
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(8);
        long id = schedule(neverRotated(1, start).get(0), pmo, start, 12);

        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + id));
        assertEquals("Proposed", text(By.id("status")));

        // Another manager changes it while the page is open: nothing is done on what the page showed.
        click(By.id("actions:openApprove"));
        try (Connection db = Database.connect();
             PreparedStatement otherChange = db.prepareStatement("UPDATE rotation SET version = version + 1 WHERE id = ?")) {
            otherChange.setLong(1, id);
            otherChange.executeUpdate();
        }
        Browser.press(browser, until(driver -> visibleElement(By.id("approveForm:save"))));
        assertTrue(until(driver -> driver.findElement(By.cssSelector(".ui-growl")).getText()).contains("changed meanwhile"));
        assertEquals("Proposed", text(By.id("status")), "shown again as it is now");
        assertEquals(List.of("PROPOSED"), Database.strings("SELECT kind FROM rotation_event WHERE rotation_id = ?", id));

        click(By.id("actions:openApprove"));
        Browser.press(browser, until(driver -> visibleElement(By.id("approveForm:save"))));
        until(driver -> "Approved".equals(text(By.id("status"))));
        assertTrue(until(driver -> driver.findElement(By.cssSelector(".ui-growl")).getText()).contains("Rotation approved"));

        click(By.id("actions:openExtend"));
        WebElement months = until(driver -> visibleElement(By.id("extendForm:months")));
        until(driver -> "extendForm:months".equals(driver.switchTo().activeElement().getAttribute("id")));
        months.sendKeys("13");
        click(By.id("extendForm:save"));
        until(driver -> text(By.id("extendForm:monthsProblems")).contains("DURATION"));
        assertTrue(visible(By.id("extendForm:extendDialog")), "the dialog stays open with the reason");
        assertEquals(start.plusMonths(12).minusDays(1), plannedEnd(id), "a refused extension changes nothing");

        WebElement again = browser.findElement(By.id("extendForm:months"));
        again.clear();
        again.sendKeys("6");
        click(By.id("extendForm:save"));
        LocalDate newEnd = start.plusMonths(18).minusDays(1);
        until(driver -> newEnd.toString().equals(text(By.id("plannedEnd"))));
        assertEquals("18", text(By.id("months")));
        assertEquals(newEnd, plannedEnd(id));
        String history = text(By.id("history"));
        assertTrue(history.contains("Approved"), history);
        assertTrue(history.contains("Extended") && history.contains(start.plusMonths(12).minusDays(1) + " → " + newEnd), history);
        assertEquals(List.of("PROPOSED", "APPROVED", "EXTENDED"),
                Database.strings("SELECT kind FROM rotation_event WHERE rotation_id = ? ORDER BY occurred_at, id", id));

        click(By.id("actions:openCancel"));
        Browser.press(browser, until(driver -> visibleElement(By.id("cancelForm:save"))));
        until(driver -> text(By.id("cancelForm:reasonProblems")).contains("A reason is required"));
        browser.findElement(By.id("cancelForm:reason")).sendKeys("The programme was stopped.");
        click(By.id("cancelForm:save"));
        until(driver -> "Cancelled".equals(text(By.id("status"))));
        assertTrue(text(By.id("history")).contains("The programme was stopped."));
        assertEquals(List.of("CANCELLED"), Database.strings("SELECT status FROM rotation WHERE id = ?", id));
    }

    /**
     * A planned rotation moves from its page: the dialog opens with its dates, a start onto a
     * taken seat is refused with the rule and what was typed kept, and a free start and length
     * are saved with their history.
     */
    @Test
    void managerMovesAPlannedRotationFromItsPage() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(LocalDate.of(2068, 1, 1));
        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + seat.first()));

        click(By.id("actions:openMove"));
        WebElement start = until(driver -> visibleElement(By.id("moveForm:start_input")));
        assertEquals("2068-01-01", start.getAttribute("value"), "the dialog opens with the rotation's start");
        assertEquals("12", browser.findElement(By.id("moveForm:months")).getAttribute("value"), "and its length");

        type(By.id("moveForm:start_input"), "2069-01-01");
        click(By.id("moveForm:save"));
        until(driver -> text(By.id("moveForm:generalProblems")).contains("SEATS"));
        assertEquals("2069-01-01", browser.findElement(By.id("moveForm:start_input")).getAttribute("value"), "what was typed is kept");
        assertEquals("2068-01-01 to 2068-12-31", BoardFixture.storedPeriod(seat.first()), "a refused move changes nothing");

        type(By.id("moveForm:start_input"), "2068-04-01");
        type(By.id("moveForm:months"), "13");
        click(By.id("moveForm:save"));
        until(driver -> "2068-04-01".equals(text(By.id("start"))));
        assertEquals("2069-04-30", text(By.id("plannedEnd")));
        assertTrue(until(driver -> driver.findElement(By.cssSelector(".ui-growl")).getText()).contains("Rotation moved"));
        assertEquals("2068-04-01 to 2069-04-30", BoardFixture.storedPeriod(seat.first()));
        assertTrue(text(By.id("history")).contains("2068-12-31 → 2069-04-30"), text(By.id("history")));
        assertEquals(List.of("PROPOSED", "RESCHEDULED"),
                Database.strings("SELECT kind FROM rotation_event WHERE rotation_id = ? ORDER BY occurred_at, id", seat.first()));
    }

    @Test
    void managerReservesAReturnAndConfirmsItOnItsFirstDay() throws Exception {
        LocalDate today = LocalDate.now();
        long id = activeDemoRotationWithoutConfirmedReturn(0);
        String project = projectRunningOn(today);

        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + id));
        assertEquals("Active", text(By.id("status")));

        click(By.id("actions:openReturn"));
        until(driver -> visibleElement(By.id("returnForm:project")));
        choose(By.id("returnForm:project"), project);
        type(By.id("returnForm:returnStart_input"), today.toString());
        click(By.id("returnForm:save"));
        until(driver -> "Reserved".equals(text(By.id("returnStatus"))));
        assertTrue(text(By.id("returnProject")).startsWith(project));
        assertEquals(today.toString(), text(By.id("returnStart")));

        click(By.id("actions:openConfirmReturn"));
        Browser.press(browser, until(driver -> visibleElement(By.id("confirmReturnForm:save"))));
        until(driver -> "Confirmed".equals(text(By.id("returnStatus"))));
        assertTrue(text(By.id("history")).contains("Return confirmed"));
        assertTrue(browser.findElements(By.id("actions:openReturn")).isEmpty(), "a confirmed return is not reserved again");
        assertEquals(List.of("CONFIRMED"), Database.strings("SELECT rp.status FROM rotation r JOIN return_placement rp"
                + " ON rp.id = r.return_placement_id WHERE r.id = ? AND rp.start_date = ?", id, today));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETURN_CONFIRMED' AND subject_key = ?",
                String.valueOf(id)), "the confirmation is audited");

        click(By.id("actions:openComplete"));
        Browser.press(browser, until(driver -> visibleElement(By.id("completeForm:save"))));
        until(driver -> text(By.id("completeForm:evaluationsProblems")).contains("Rate every objective"));
        List<WebElement> met = browser.findElements(By.xpath("//div[@id='completeForm:completeDialog']//label[normalize-space()='Met']"));
        assertFalse(met.isEmpty(), "one rating per objective");
        met.forEach(WebElement::click);
        browser.findElement(By.id("completeForm:evaluations:0:note")).sendKeys("Ran the portfolio review.");
        click(By.id("completeForm:save"));
        until(driver -> "Completed".equals(text(By.id("status"))));
        assertTrue(text(By.id("objectives")).contains("Ran the portfolio review."));
        assertEquals(List.of("MET"), Database.strings("SELECT DISTINCT rating FROM rotation_objective WHERE rotation_id = ?", id));
    }

    @Test
    void staffMemberIsRefusedSomeoneElsesRotation() throws Exception {
        String others = "SELECT MIN(r.id) FROM rotation r WHERE r.staff_id <> (SELECT staff_id FROM user_account WHERE username = 'staff')";
        long someoneElses = Database.count(others);
        long own = Database.count("SELECT MIN(r.id) FROM rotation r WHERE r.staff_id = (SELECT staff_id FROM user_account WHERE username = 'staff')");
        String otherName = Database.strings("SELECT s.full_name FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE r.id = ?",
                someoneElses).get(0);

        Browser.signIn(browser, base, "staff", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + someoneElses));
        assertEquals("Not allowed · PMO Rotations", browser.getTitle());
        assertFalse(browser.getPageSource().contains(otherName), "nothing of the rotation is shown");

        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + own));
        assertTrue(browser.getTitle().startsWith("Rotation of "), browser.getTitle());
        assertTrue(browser.findElements(By.id("actions")).isEmpty(), "a staff member changes nothing");

        WebSession http = new WebSession(base);
        http.signIn("staff", WebSession.DEMO_PASSWORD);
        assertEquals(403, http.get("/rotations/view.xhtml?id=" + someoneElses).statusCode());
        assertEquals(403, http.get("/rotations/schedule.xhtml").statusCode(), "planning is for PMO managers");
    }

    // ------------------------------------------------------------------ API

    @Test
    void confirmingAReturnOverTheApi() throws Exception {
        LocalDate today = LocalDate.now();
        long unstarted = schedule(neverRotated(1, today.plusMonths(10)).get(0), newPmo(1), today.withDayOfMonth(1).plusMonths(10), 12);
        BoardFixture client = new BoardFixture(base);
        assertEquals(428, post("/api/v1/rotations/" + unstarted + "/return/confirm", MANAGER, "").statusCode(),
                "a change without the version read");
        assertEquals(422, client.change(unstarted, "return/confirm", MANAGER, null).statusCode(),
                "a proposed rotation has no return to confirm");
        assertEquals(404, post("/api/v1/rotations/-42/return/confirm", MANAGER, "").statusCode());

        long id = activeDemoRotationWithoutConfirmedReturn(1);
        HttpResponse<String> reserved = client.change(id, "return", MANAGER, "{\"projectCode\":\""
                + projectRunningOn(today) + "\",\"level\":\"PROJECT_MANAGER\",\"start\":\"" + today + "\"}");
        assertEquals(200, reserved.statusCode(), reserved.body());
        assertEquals(403, client.change(id, "return/confirm", "leader", null).statusCode());
        assertEquals(401, client.change(id, "return/confirm", null, null).statusCode());
        assertEquals("RESERVED", json(reserved.body()).getJsonObject("returnPlacement").getString("status"), "refusals changed nothing");

        HttpResponse<String> confirmed = client.change(id, "return/confirm", MANAGER, null);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("CONFIRMED", json(confirmed.body()).getJsonObject("returnPlacement").getString("status"));
        assertEquals(List.of("CONFIRMED"), Database.strings("SELECT rp.status FROM rotation r JOIN return_placement rp"
                + " ON rp.id = r.return_placement_id WHERE r.id = ?", id));
    }

    // ------------------------------------------------------------------ the version the page showed

    /**
     * Each dialog of the rotation page changes the rotation on the version the page showed. When
     * someone else changed the rotation while the dialog was open (here: the same rotation moved
     * or given another return over the API), saving the dialog does nothing of it: the page says
     * the rotation was changed meanwhile and shows it as it is now, and the database holds the
     * other change only (its version, status, period and history).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"approve", "move", "cancel", "extend", "return"})
    void aDialogSavedAfterSomeoneElseChangedAProposalDoesNothing(String dialog) throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(1);
        String person = fixture.newPerson("Stale " + dialog + " " + pmo, "Stale pages " + pmo);
        LocalDate start = LocalDate.of(2061, 1, 1);
        long id = fixture.propose(person, pmo, start, 12).getJsonNumber("id").longValue();
        // The return dialog lists the projects there are when it opens.
        String project = "return".equals(dialog) ? newOpenProject(fixture) : null;

        openDialog(id, dialog);
        switch (dialog) {
            case "cancel" -> type(By.id("cancelForm:reason"), "Not needed any more");
            case "extend" -> type(By.id("extendForm:months"), "2");
            case "move" -> type(By.id("moveForm:start_input"), "2061-03-01");
            case "return" -> {
                choose(By.id("returnForm:project"), project);
                type(By.id("returnForm:returnStart_input"), start.plusYears(1).toString());
            }
            default -> { }
        }
        HttpResponse<String> other = fixture.change(id, "reschedule", "admin", "{\"start\":\"2061-02-01\",\"months\":12}");
        assertEquals(200, other.statusCode(), other.body());

        saveAndExpectStale(id, dialog, "PROPOSED", "2061-02-01 to 2062-01-31");
    }

    /** The same for the dialogs of a rotation under way: curtail, confirm the return, complete. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"curtail", "confirmReturn", "complete"})
    void aDialogSavedAfterSomeoneElseChangedARotationUnderWayDoesNothing(String dialog) throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        LocalDate today = LocalDate.now();
        // Far down the list, so that the tests that take the first ones never meet these; nothing here confirms or completes.
        long id = activeDemoRotationWithoutConfirmedReturn(10 + List.of("curtail", "confirmReturn", "complete").indexOf(dialog));
        String project = projectRunningOn(today);
        assertEquals(200, fixture.change(id, "return", MANAGER, "{\"projectCode\":\"" + project
                + "\",\"level\":\"PROJECT_MANAGER\",\"start\":\"" + today + "\"}").statusCode());
        String period = BoardFixture.storedPeriod(id);

        openDialog(id, dialog);
        switch (dialog) {
            case "curtail" -> {
                type(By.id("curtailForm:endDate_input"), today.toString());
                type(By.id("curtailForm:reason"), "Needed back at home");
            }
            case "complete" -> browser.findElements(By.xpath("//div[@id='completeForm:completeDialog']//label[normalize-space()='Met']"))
                    .forEach(WebElement::click);
            default -> { }
        }
        HttpResponse<String> other = fixture.change(id, "return", "admin", "{\"projectCode\":\"" + project
                + "\",\"level\":\"PROJECT_MANAGER\",\"start\":\"" + today + "\"}");
        assertEquals(200, other.statusCode(), other.body());

        saveAndExpectStale(id, dialog, "ACTIVE", period);
        assertEquals(List.of("RESERVED"), Database.strings("SELECT rp.status FROM rotation r JOIN return_placement rp"
                + " ON rp.id = r.return_placement_id WHERE r.id = ?", id), "the return stays reserved, not confirmed");
    }

    /** A project without an end, so that it runs on any return day; its code sorts after the others' in the project list. */
    private static String newOpenProject(BoardFixture fixture) throws Exception {
        String code = "ZS-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        HttpResponse<String> created = fixture.send("POST", "/api/v1/projects", BoardFixture.MANAGER, Json.createObjectBuilder()
                .add("code", code).add("name", "Stale page check").add("department", "Finance").add("start", "2060-01-01").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    private void openDialog(long id, String dialog) {
        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + id));
        click(By.id("actions:open" + Character.toUpperCase(dialog.charAt(0)) + dialog.substring(1)));
        until(driver -> visibleElement(By.id(dialog + "Form:save")));
    }

    private void saveAndExpectStale(long id, String dialog, String status, String period) throws Exception {
        long version = BoardFixture.storedVersion(id);
        long history = Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ?", id);
        Browser.press(browser, visibleElement(By.id(dialog + "Form:save")));
        until(driver -> driver.findElements(By.cssSelector(".ui-growl-item")).stream()
                .anyMatch(item -> item.getText().contains("This rotation was changed meanwhile")));
        assertFalse(visible(By.id(dialog + "Form:save")), "the dialog is closed and the page shows the rotation as it is now");
        assertEquals(version, BoardFixture.storedVersion(id), "nothing of the dialog was saved");
        assertEquals(List.of(status), Database.strings("SELECT status FROM rotation WHERE id = ?", id));
        assertEquals(period, BoardFixture.storedPeriod(id), "the other change's period is kept");
        assertEquals(history, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ?", id), "no history entry of the dialog");
    }

    /**
     * The way back on the rotation's page: the open roles the person could return to, each with
     * why, and the return reserved from one of them with one action.
     */
    @Test
    void managerReservesAReturnFromTheWaysBackOnTheRotationPage() throws Exception {
        long id = activeDemoRotationWithoutConfirmedReturn(6);
        LocalDate back = LocalDate.parse(Database.strings("SELECT CAST(planned_end AS VARCHAR(10)) FROM rotation WHERE id = ?", id).get(0))
                .plusDays(1);
        String level = Database.strings("SELECT s.career_level FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE r.id = ?", id).get(0);
        String department = Database.strings("SELECT s.department FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE r.id = ?", id).get(0);
        String code = "WB" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        assertEquals(201, post("/api/v1/projects", MANAGER, "{\"code\":\"" + code + "\",\"name\":\"<b>Way</b> back\","
                + "\"department\":\"Journeys\",\"start\":\"2015-01-01\",\"end\":null}").statusCode());
        // Among the best five of the demo's open roles: at their level, in their department, wanted since long before they return.
        HttpResponse<String> opened = post("/api/v1/open-roles", MANAGER, "{\"projectCode\":\"" + code + "\",\"minLevel\":\"" + level
                + "\",\"maxLevel\":\"" + level + "\",\"start\":\"2016-01-04\",\"department\":\"" + department
                + "\",\"description\":\"Lead <i>again</i>\"}");
        assertEquals(201, opened.statusCode(), opened.body());

        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + id));
        WebElement ours = until(driver -> driver.findElements(By.cssSelector("#matches .return-match")).stream()
                .filter(match -> match.getText().contains(code)).findFirst().orElse(null));
        assertTrue(ours.getText().contains("<b>Way</b> back") && ours.getText().contains("Lead <i>again</i>"), "typed text shown as text: "
                + ours.getText());
        assertTrue(ours.findElement(By.cssSelector(".match-reason")).getText().contains("free on the day they return"), ours.getText());
        assertTrue(ours.getText().contains("from " + back), ours.getText());

        Browser.press(browser, ours.findElement(By.cssSelector("button[aria-label='Reserve the return to " + code + " from " + back + "']")));

        until(driver -> "Reserved".equals(text(By.id("returnStatus"))));
        assertTrue(text(By.id("returnProject")).startsWith(code), text(By.id("returnProject")));
        assertEquals(back.toString(), text(By.id("returnStart")));
        assertEquals("Open", text(By.id("returnOpenRole")), "the open role it fills once it is confirmed");
        assertEquals(List.of(code), Database.strings("SELECT p.code FROM rotation r JOIN return_placement rp ON rp.id = r.return_placement_id"
                + " JOIN open_role o ON o.id = rp.open_role_id JOIN project p ON p.id = o.project_id WHERE r.id = ?", id), "linked to its open role");
    }

    /**
     * The way back, end to end: a rotation approved on its page opens the backfill of the person's
     * home role, which the home project's page shows and fills; another person, past the end of
     * their rotation, is given a return from the matches on their rotation's page, which is
     * confirmed (filling the open role) and the rotation completed, and the dashboard counts one
     * more return into a matched open role.
     */
    @Test
    void theWayBackFromApprovalToAConfirmedReturnInTheFigures() throws Exception {
        LocalDate today = LocalDate.now();
        String tag = "WJ" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String home = tag + "-H";
        assertEquals(201, post("/api/v1/projects", MANAGER, "{\"code\":\"" + home + "\",\"name\":\"Home of " + tag + "\","
                + "\"department\":\"Journeys\",\"start\":\"2015-01-01\",\"end\":null}").statusCode());
        String leaving = person(tag + "L", "Lea " + tag);
        String taking = person(tag + "T", "Tom " + tag);
        HttpResponse<String> role = post("/api/v1/staff/" + leaving + "/roles", MANAGER, "{\"projectCode\":\"" + home
                + "\",\"level\":\"PROJECT_MANAGER\",\"start\":\"2016-01-04\"}");
        assertEquals(201, role.statusCode(), role.body());
        LocalDate start = today.withDayOfMonth(1).plusMonths(8);
        long id = schedule(leaving, newPmo(1), start, 12);

        // Approved on its page: the person's role at home ends the day before, and its backfill opens.
        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + id));
        click(By.id("actions:openApprove"));
        Browser.press(browser, until(driver -> visibleElement(By.id("approveForm:save"))));
        until(driver -> "Approved".equals(text(By.id("status"))));
        browser.get(Browser.page(base, "/projects/view.xhtml?code=" + home));
        WebElement backfill = browser.findElement(By.cssSelector("#openRoles tr.open-role"));
        assertTrue(backfill.getText().contains("Backfill for Lea " + tag) && backfill.getText().contains("from " + start), backfill.getText());
        assertFalse(backfill.findElements(By.cssSelector("a[href*='rotations/view.xhtml?id=" + id + "']")).isEmpty(),
                "the backfill leads to its rotation");
        new Select(browser.findElement(By.id("fillRole"))).selectByIndex(1);
        browser.findElement(By.id("fillEmployee")).sendKeys(taking);
        Browser.press(browser, browser.findElement(By.id("fill")));
        until(driver -> driver.findElement(By.id("messages")).getText().contains("fills the role"));
        backfill = browser.findElement(By.cssSelector("#openRoles tr.open-role"));
        assertEquals("FILLED", backfill.getAttribute("data-status"));
        assertTrue(backfill.getText().contains("Tom " + tag + ", from " + start), backfill.getText());

        // Someone whose rotation ended yesterday without their return confirmed: a demo rotation under way for more than 13
        // months (not one the other tests take), its end moved to yesterday as if that day had come, as the day's job then finds it.
        List<String> active = Database.strings("SELECT r.id FROM rotation r LEFT JOIN return_placement rp ON rp.id = r.return_placement_id"
                + " WHERE r.status = 'ACTIVE' AND r.start_date < ? AND (rp.id IS NULL OR rp.status = 'RESERVED')"
                + " AND r.staff_id NOT IN (SELECT staff_id FROM user_account WHERE staff_id IS NOT NULL) ORDER BY r.id", today);
        List<String> longEnough = Database.strings("SELECT id FROM rotation WHERE status = 'ACTIVE' AND start_date < ?", today.minusMonths(13));
        long back = java.util.stream.IntStream.range(0, active.size()).filter(i -> i != 0 && i != 3 && i != 6)
                .mapToObj(active::get).filter(longEnough::contains).map(Long::parseLong).findFirst()
                .orElseThrow(() -> new AssertionError("the demo organisation has a rotation under way for more than 13 months"));
        try (Connection db = Database.connect(); PreparedStatement ended = db.prepareStatement(
                "UPDATE rotation SET planned_end = ?, overdue = TRUE, version = version + 1 WHERE id = ?")) {
            ended.setObject(1, today.minusDays(1));
            ended.setLong(2, back);
            assertEquals(1, ended.executeUpdate());
        }
        String level = Database.strings("SELECT s.career_level FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE r.id = ?", back).get(0);
        String department = Database.strings("SELECT s.department FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE r.id = ?", back).get(0);
        String wanted = tag + "-W";
        assertEquals(201, post("/api/v1/projects", MANAGER, "{\"code\":\"" + wanted + "\",\"name\":\"Way back " + tag + "\","
                + "\"department\":\"Journeys\",\"start\":\"2015-01-01\",\"end\":null}").statusCode());
        HttpResponse<String> opened = post("/api/v1/open-roles", MANAGER, "{\"projectCode\":\"" + wanted + "\",\"minLevel\":\""
                + level + "\",\"maxLevel\":\"" + level + "\",\"start\":\"2016-01-04\",\"department\":\"" + department + "\"}");
        assertEquals(201, opened.statusCode(), opened.body());
        long openRole = json(opened.body()).getJsonNumber("id").longValue();

        browser.get(Browser.page(base, "/reports/dashboard.xhtml?asOf=" + today));
        String before = text(By.cssSelector("#tile-into-open-role .tile-hint"));

        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + back));
        WebElement match = until(driver -> driver.findElements(By.cssSelector("#matches .return-match")).stream()
                .filter(each -> each.getText().contains(wanted)).findFirst().orElse(null));
        Browser.press(browser, match.findElement(By.cssSelector("button[aria-label^='Reserve the return to " + wanted + " from ']")));
        until(driver -> "Reserved".equals(text(By.id("returnStatus"))));
        click(By.id("actions:openConfirmReturn"));
        Browser.press(browser, until(driver -> visibleElement(By.id("confirmReturnForm:save"))));
        until(driver -> "Confirmed".equals(text(By.id("returnStatus"))));
        assertEquals("Filled", text(By.id("returnOpenRole")), "confirmed, the return fills its open role");
        assertEquals(List.of("FILLED"), Database.strings("SELECT status FROM open_role WHERE id = ?", openRole));
        click(By.id("actions:openComplete"));
        until(driver -> visibleElement(By.id("completeForm:save")));
        browser.findElements(By.xpath("//div[@id='completeForm:completeDialog']//label[normalize-space()='Met']"))
                .forEach(WebElement::click);
        click(By.id("completeForm:save"));
        until(driver -> "Completed".equals(text(By.id("status"))));

        browser.get(Browser.page(base, "/reports/dashboard.xhtml?asOf=" + today));
        String after = text(By.cssSelector("#tile-into-open-role .tile-hint"));
        java.util.regex.Pattern counts = java.util.regex.Pattern.compile("(\\d+) of (\\d+) returns");
        java.util.regex.Matcher was = counts.matcher(before);
        java.util.regex.Matcher now = counts.matcher(after);
        assertTrue(was.find() && now.find(), before + " / " + after);
        assertEquals(Integer.parseInt(was.group(1)) + 1, Integer.parseInt(now.group(1)), "one more return into a matched open role: " + after);
        assertEquals(Integer.parseInt(was.group(2)) + 1, Integer.parseInt(now.group(2)), "one more return: " + after);
    }

    /** A person of the test's own: a project manager hired long ago, in the Journeys department. */
    private String person(String number, String name) throws Exception {
        HttpResponse<String> created = post("/api/v1/staff", MANAGER, "{\"employeeNumber\":\"" + number + "\",\"fullName\":\"" + name
                + "\",\"email\":\"" + number.toLowerCase() + "@example.com\",\"department\":\"Journeys\",\"hireDate\":\"2015-01-05\","
                + "\"level\":\"PROJECT_MANAGER\"}");
        assertEquals(201, created.statusCode(), created.body());
        return number;
    }

    /**
     * The returns page, as a leader reads it from the navigation: every rotation ending within the
     * policy's six months that still awaits its return (as many as the database counts), at risk
     * first, each state in words.
     */
    @Test
    void theReturnsPageListsTheRotationsEndingSoonAtRiskFirst() throws Exception {
        LocalDate today = LocalDate.now();
        long expected = Database.count("SELECT COUNT(*) FROM rotation r LEFT JOIN return_placement rp ON rp.id = r.return_placement_id"
                + " WHERE r.status IN ('APPROVED', 'ACTIVE', 'CURTAILED') AND COALESCE(r.actual_end, r.planned_end) <= ?"
                + " AND (rp.id IS NULL OR rp.status = 'RESERVED')", today.plusMonths(6));
        assertTrue(expected > 0, "the demo has rotations ending in the next six months");

        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
        click(By.id("navReturns"));
        until(driver -> "Returns".equals(text(By.tagName("h1"))));
        List<WebElement> rows = browser.findElements(By.cssSelector("#returnsTable tr.return-row"));

        assertEquals(Math.min(expected, 50), rows.size(), "every rotation ending within the months, none twice, 50 a page");
        boolean riskOver = false;
        for (WebElement row : rows) {
            boolean atRisk = row.getAttribute("class").contains("at-risk");
            assertFalse(atRisk && riskOver, "at risk first: " + row.getText());
            riskOver |= !atRisk;
            String state = row.findElements(By.tagName("td")).get(3).getText();
            assertTrue(state.startsWith("Return reserved") || state.startsWith("Matched, not reserved") || state.startsWith("No match"),
                    "a state in words: " + state);
            assertFalse(row.getText().matches(".*\\b(NO_MATCH|MATCHED|RESERVED)\\b.*"), row.getText());
        }
        assertTrue(text(By.id("returnsCounts")).startsWith(expected == 1 ? "One rotation ends" : expected + " rotations end"),
                text(By.id("returnsCounts")));
    }

    // ------------------------------------------------------------------ helpers

    private <T> T until(Function<org.openqa.selenium.WebDriver, T> condition) {
        return Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(condition::apply);
    }

    private String text(By by) {
        return browser.findElement(by).getText().strip();
    }

    private boolean visible(By by) {
        return browser.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    private WebElement visibleElement(By by) {
        return browser.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    /** Types into a field as a person would: select what is there, type, leave with Tab (the field's change event). */
    private void type(By by, String value) {
        WebElement field = until(ExpectedConditions.elementToBeClickable(by)::apply);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        Browser.waitForAjax(browser);
    }

    /** Chooses an option of a list and waits for what the page does with it. */
    private void choose(By by, String value) {
        new Select(browser.findElement(by)).selectByValue(value);
        Browser.waitForAjax(browser);
    }

    private void click(By by) {
        Browser.press(browser, until(ExpectedConditions.elementToBeClickable(by)::apply));
    }


    /** Ticks the checkbox of a label, as a person clicks the text next to it. */
    private void tick(String label) {
        WebElement text = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        WebElement box = browser.findElement(By.id(text.getAttribute("for")));
        if (!box.isSelected()) {
            text.click();
        }
        until(driver -> box.isSelected());
    }


    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        WebSession client = new WebSession(base);
        HttpRequest.Builder request = client.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD));
        }
        return client.send(request);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Proposes a rotation over the API, as another manager would have; returns its id. */
    private long schedule(String person, String pmo, LocalDate start, int months) throws Exception {
        HttpResponse<String> created = post("/api/v1/rotations", MANAGER, "{\"employeeNumber\":\"" + person + "\",\"pmoCode\":\""
                + pmo + "\",\"role\":\"PMO_ANALYST\",\"start\":\"" + start + "\",\"months\":" + months
                + ",\"objectives\":[\"PROCESS_IMPROVEMENT\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getJsonNumber("id").longValue();
    }

    private static LocalDate plannedEnd(long id) throws Exception {
        return LocalDate.parse(Database.strings("SELECT planned_end FROM rotation WHERE id = ?", id).get(0));
    }

    /** A PMO of the test's own with the given analyst seats, open for years. */
    private static String newPmo(int analystSeats) throws Exception {
        String code = "RJ" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        try (Connection db = Database.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO pmo (id, version, code, name, tier, analyst_seats,"
                     + " manager_seats, opens) VALUES (?, 0, ?, ?, 'DEPARTMENT', ?, 1, DATE '2020-01-01')")) {
            insert.setLong(1, -Math.abs(System.nanoTime() % 1_000_000_000L) - 1_000_000_000L);
            insert.setString(2, code);
            insert.setString(3, "Journey PMO " + code);
            insert.setInt(4, analystSeats);
            insert.executeUpdate();
        }
        return code;
    }

    /** Active staff who never rotated, hired long before {@code start}: eligible for an analyst seat then. */
    private static List<String> neverRotated(int count, LocalDate start) throws Exception {
        List<String> people = Database.strings("SELECT employee_number FROM staff s WHERE active = TRUE AND hire_date <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.staff_id = s.id) ORDER BY employee_number DESC", start.minusYears(2));
        assertTrue(people.size() >= count, "enough people in the demo organisation: " + people.size());
        return people.subList(0, count);
    }

    /**
     * An active demo rotation (started before today, so a return may start today) whose return is
     * not confirmed yet, and not the demo staff member's; {@code skip} picks another one per test.
     */
    private static long activeDemoRotationWithoutConfirmedReturn(int skip) throws Exception {
        List<String> ids = Database.strings("SELECT r.id FROM rotation r LEFT JOIN return_placement rp ON rp.id = r.return_placement_id"
                + " WHERE r.status = 'ACTIVE' AND r.start_date < ? AND (rp.id IS NULL OR rp.status = 'RESERVED')"
                + " AND r.staff_id NOT IN (SELECT staff_id FROM user_account WHERE staff_id IS NOT NULL) ORDER BY r.id", LocalDate.now());
        assertTrue(ids.size() > skip, "active demo rotations without a confirmed return: " + ids.size());
        return Long.parseLong(ids.get(skip));
    }

    private static String projectRunningOn(LocalDate day) throws Exception {
        return Database.strings("SELECT code FROM project WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY code",
                day, day).get(0);
    }
}
