package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Overview's work queue in a real browser: a PMO manager ticks proposals and approves them
 * together, each result reported (one approved, one refused because someone changed it
 * meanwhile); a leader reads the same lists without approving; the counts are the database's.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class WorkQueueBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    /** The proposals table's row naming {@code person}. */
    private WebElement proposalRow(String person) {
        return Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#queue\\:proposalTable tbody tr")).stream()
                        .filter(row -> row.getText().contains(person)).findFirst().orElse(null));
    }

    /** Two proposals in fresh one-seat PMOs, starting next month (before anything the other tests propose). */
    private record TwoProposals(long first, String firstName, long second, String secondName) {
    }

    /** A growl shows a message's summary again as its detail when it has none: once is what a person should read. */
    private static void assertSaidOnce(String message, String growl) {
        assertEquals(1, growl.split(java.util.regex.Pattern.quote(message), -1).length - 1, "said once: " + growl);
    }

    private TwoProposals twoProposals() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        String onePmo = fixture.newPmo(1);
        String a = fixture.candidate(onePmo, start, 12, List.of());
        long first = fixture.propose(a, onePmo, start, 12).getJsonNumber("id").longValue();
        String otherPmo = fixture.newPmo(1);
        String b = fixture.candidate(otherPmo, start, 12, List.of(a));
        long second = fixture.propose(b, otherPmo, start, 12).getJsonNumber("id").longValue();
        return new TwoProposals(first, BoardFixture.fullName(a), second, BoardFixture.fullName(b));
    }

    @Test
    void aManagerApprovesTickedProposalsTogetherAndReadsEachResult() throws Exception {
        TwoProposals two = twoProposals();
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(base.toExternalForm());

        long waiting = Database.count("SELECT COUNT(*) FROM rotation WHERE status = 'PROPOSED'");
        assertEquals(String.valueOf(waiting), text("proposals-count"), "the count is the database's");
        proposalRow(two.firstName()).findElement(By.cssSelector(".ui-chkbox-box")).click();
        proposalRow(two.secondName()).findElement(By.cssSelector(".ui-chkbox-box")).click();
        // Someone else moves the second proposal while the list is open.
        HttpResponse<String> other = new BoardFixture(base).change(two.second(), "reschedule", "admin",
                "{\"start\":\"" + LocalDate.now().withDayOfMonth(1).plusMonths(2) + "\",\"months\":12}");
        assertEquals(200, other.statusCode(), other.body());

        Browser.press(browser, browser.findElement(By.id("queue:approveSelected")));

        WebElement results = Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.id("approveResults")).stream().findFirst().orElse(null));
        List<String> lines = results.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertEquals(2, lines.size(), "one result per proposal ticked: " + lines);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(two.firstName()) && line.endsWith(": approved.")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(two.secondName())
                && line.contains("not approved: someone changed this rotation since the list was read")), lines.toString());
        String growl = Browser.waitUpTo(browser, PATIENCE).until(driver -> driver.findElement(By.cssSelector(".ui-growl-item")).getText());
        assertSaidOnce("One proposal approved; one was not: see why below.", growl);
        Browser.screenshotOfPage(browser, "work-queue-approved-together");
        assertEquals(List.of("APPROVED"), Database.strings("SELECT status FROM rotation WHERE id = ?", two.first()));
        assertEquals(List.of("PROPOSED"), Database.strings("SELECT status FROM rotation WHERE id = ?", two.second()));
        assertEquals(String.valueOf(waiting - 1), text("proposals-count"), "the list is read again after approving");
        assertTrue(browser.findElements(By.cssSelector("#queue\\:proposalTable tbody tr")).stream()
                .noneMatch(row -> row.getText().contains(two.firstName())), "the approved one has left the proposals");
    }

    @Test
    void approvingWithNothingTickedSaysWhatToDo() throws Exception {
        twoProposals();
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(base.toExternalForm());
        long waiting = Database.count("SELECT COUNT(*) FROM rotation WHERE status = 'PROPOSED'");

        Browser.press(browser, browser.findElement(By.id("queue:approveSelected")));

        String growl = Browser.waitUpTo(browser, PATIENCE).until(driver -> driver.findElement(By.cssSelector(".ui-growl-item")).getText());
        assertSaidOnce("Tick at least one proposal to approve.", growl);
        assertEquals(waiting, Database.count("SELECT COUNT(*) FROM rotation WHERE status = 'PROPOSED'"), "nothing approved");
    }

    @Test
    void aLeaderReadsTheQueueButApprovesNothing() throws Exception {
        TwoProposals two = twoProposals();
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
        browser.get(base.toExternalForm());
        assertTrue(browser.findElements(By.id("nextStep")).isEmpty(), "a personal next step is for staff");

        WebElement row = proposalRow(two.firstName());
        assertTrue(row.findElements(By.cssSelector(".ui-chkbox-box")).isEmpty(), "no box to tick");
        assertTrue(browser.findElements(By.id("queue:approveSelected")).isEmpty(), "no approve button");
        LocalDate today = LocalDate.now();
        long starting = Database.count("SELECT COUNT(*) FROM rotation WHERE status = 'APPROVED' AND start_date >= ? AND start_date <= ?",
                today, today.plusDays(30));
        assertEquals(String.valueOf(starting), text("starting-count"), "approved rotations starting within 30 days");
        long overdue = Database.count("SELECT COUNT(*) FROM rotation WHERE status = 'ACTIVE' AND planned_end < ?", today);
        assertEquals(String.valueOf(overdue), text("overdue-count"));
        assertFalse(text("atRisk-count").isEmpty());
        String link = browser.findElement(By.cssSelector("a[href$='/reports/at-risk.xhtml']")).getAttribute("href");
        assertTrue(link.endsWith("/reports/at-risk.xhtml"), "the at-risk list is linked: " + link);
        assertTrue(row.findElement(By.cssSelector("a")).getAttribute("href").endsWith("/rotations/view.xhtml?id=" + two.first()),
                "each proposal links to its rotation");
    }

    @Test
    void staffSeeTheirOwnNextStepInsteadOfTheQueue() throws Exception {
        Browser.signIn(browser, base, "staff", WebSession.DEMO_PASSWORD);
        browser.get(base.toExternalForm());
        assertTrue(browser.findElements(By.id("queue")).isEmpty(), "the queue is for those who plan and lead");

        String own = SecurityIT.ownEmployeeNumber();
        String step = text("nextStepText");
        List<String> inAPmo = Database.strings("SELECT p.name FROM rotation r JOIN pmo p ON p.id = r.pmo_id JOIN staff s ON s.id = r.staff_id"
                + " WHERE s.employee_number = ? AND r.status IN ('ACTIVE', 'COMPLETED', 'CURTAILED') AND r.start_date <= CURRENT_DATE"
                + " AND COALESCE(r.actual_end, r.planned_end) >= CURRENT_DATE", own);
        if (inAPmo.isEmpty()) {
            assertFalse(step.startsWith("You are in"), step);
        } else {
            assertTrue(step.startsWith("You are in " + inAPmo.get(0) + " as PMO "), "where they are today: " + step);
        }
        List<WebElement> rotation = browser.findElements(By.id("nextStepRotation"));
        if (!rotation.isEmpty()) {
            String id = rotation.get(0).getAttribute("href").replaceAll(".*id=", "");
            assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation r JOIN staff s ON s.id = r.staff_id"
                    + " WHERE r.id = ? AND s.employee_number = ?", Long.parseLong(id), own), "the step is about their own rotation");
        }
        Browser.press(browser, browser.findElement(By.id("nextStepMine")));
        assertEquals("My rotations · PMO Rotations", browser.getTitle());
    }
}
