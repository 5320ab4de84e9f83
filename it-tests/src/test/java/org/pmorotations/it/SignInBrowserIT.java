package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People sign in with the demo accounts in a real browser, see the navigation of their role,
 * and sign out; a staff member cannot open someone else's history by typing its address.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class SignInBrowserIT {

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = '|', value = {
            "admin       | Overview, Dashboard, Board, Rotations, Returns, Plan a rotation, Staff, PMOs, Projects, Calendar, Audit log, Accounts, Policy",
            "pmo.manager | Overview, Dashboard, Board, Rotations, Returns, Plan a rotation, Staff, PMOs, Projects, Calendar",
            "leader      | Overview, Dashboard, Board, Rotations, Returns, Staff, PMOs, Projects, Calendar, Audit log",
            "staff       | Overview, My rotations, Calendar",
    })
    void eachRoleSeesItsNavigationAndSignsOut(String username, String expectedLinks) {
        browser.get(base.toExternalForm());
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "an anonymous visitor is asked to sign in first");

        Browser.signInWithTheForm(browser, base, username, WebSession.DEMO_PASSWORD);
        assertEquals("Overview · PMO Rotations", browser.getTitle());
        Set<String> links = browser.findElements(By.cssSelector("nav .nav a")).stream()
                .map(WebElement::getText).map(String::strip).collect(Collectors.toSet());
        assertEquals(Set.of(expectedLinks.split(",\\s*")), links);
        assertFalse(browser.findElement(By.id("signedInAs")).getText().isBlank());

        signOut();
        assertTrue(browser.findElement(By.id("signedOut")).getText().contains("You are signed out"));
        browser.get(base.toExternalForm());
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "signed out for real");
    }

    @Test
    void staffMemberReadsTheirOwnHistoryButNotSomeoneElses() throws Exception {
        Browser.signIn(browser, base, "staff", WebSession.DEMO_PASSWORD);
        browser.findElement(By.linkText("My rotations")).click();
        String own = SecurityIT.ownEmployeeNumber();
        assertEquals(own, browser.findElement(By.id("employeeNumber")).getText());
        List<WebElement> rotations = browser.findElements(By.cssSelector("#myRotations .rotation-card"));
        assertFalse(rotations.isEmpty(), "the demo staff account has done a rotation");
        // One page holds the whole career: rotations, levels and project roles, each in words
        assertEquals(Database.count("SELECT COUNT(*) FROM level_change lc JOIN staff s ON s.id = lc.staff_id"
                + " WHERE s.employee_number = ?", own), browser.findElements(By.cssSelector("#levels tbody tr")).size());
        assertFalse(browser.findElements(By.cssSelector("#roles tbody tr")).isEmpty(), "the demo staff member has held project roles");
        String page = browser.findElement(By.id("content")).getText();
        for (String code : List.of("PMO_ANALYST", "PMO_MANAGER", "COMPLETED", "CONFIRMED", "RESERVED", "PROJECT_COORDINATOR")) {
            assertFalse(page.contains(code), "words, not the code " + code);
        }

        browser.get(Browser.page(base, "/staff/view.xhtml?employee=" + SecurityIT.otherEmployeeNumber()));
        assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.id("employeeNumber")).isEmpty(), "nothing of the other person is shown");
    }

    @Test
    void administratorCreatesAnAccountThatSignsInAndThenDisablesIt() throws Exception {
        String username = "new.leader." + Long.toString(System.nanoTime() % 1_000_000, 36);
        String password = "A-long-enough-passphrase";
        Browser.signIn(browser, base, "admin", WebSession.DEMO_PASSWORD);
        browser.findElement(By.linkText("Accounts")).click();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("label[for='roles:2']")).click();
        browser.findElement(By.id("create")).click();
        WebDriverWait wait = Browser.waitUpTo(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), username));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNT_CREATED' AND actor = 'admin'"
                + " AND subject_key = ?", username), "the creation is audited with who did it");
        signOut();

        Browser.signInWithTheForm(browser, base, username, password);
        assertEquals("Overview · PMO Rotations", browser.getTitle(), "the new account signs in");
        assertTrue(browser.findElements(By.linkText("Audit log")).size() == 1, "with the navigation of a leader");
        signOut();

        Browser.signIn(browser, base, "admin", WebSession.DEMO_PASSWORD);
        browser.findElement(By.linkText("Accounts")).click();
        browser.findElement(By.cssSelector("button[aria-label='Disable: " + username + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[aria-label='Enable: " + username + "']")));
        signOut();

        Browser.signInWithTheForm(browser, base, username, password);
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "a disabled account cannot sign in");
        assertTrue(browser.findElement(By.cssSelector(".ui-messages-error")).getText().contains("disabled"));
    }

    @Test
    void administratorChangesAThresholdAndAWrongValueIsExplainedNextToItsField() throws Exception {
        Browser.signIn(browser, base, "admin", WebSession.DEMO_PASSWORD);
        browser.findElement(By.linkText("Policy")).click();
        assertEquals("Scheduling policy · PMO Rotations", browser.getTitle());
        WebElement longest = browser.findElement(By.id("policyForm:maxMonths"));
        assertEquals("24", longest.getAttribute("value"), "the design's default");
        try {
            longest.clear();
            longest.sendKeys("10");
            browser.findElement(By.id("policyForm:save")).click();
            WebDriverWait wait = Browser.waitUpTo(browser, Duration.ofSeconds(20));
            WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='policyForm:maxMonths'] ~ .ui-message-error, .field:has([id='policyForm:maxMonths']) .ui-message-error")));
            assertTrue(refused.getText().contains("cannot be shorter than the shortest"), refused.getText());
            assertEquals("10", browser.findElement(By.id("policyForm:maxMonths")).getAttribute("value"), "what was typed is kept");
            assertEquals(List.of("24"), Database.strings("SELECT setting FROM policy_setting WHERE code = 'DURATION_MAX_MONTHS'"));

            WebElement corrected = browser.findElement(By.id("policyForm:maxMonths"));
            corrected.clear();
            corrected.sendKeys("30");
            browser.findElement(By.id("policyForm:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Policy saved"));
            assertEquals(List.of("30"), Database.strings("SELECT setting FROM policy_setting WHERE code = 'DURATION_MAX_MONTHS'"));
            assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'POLICY_CHANGED' AND actor = 'admin'"
                    + " AND before_value = 'DURATION_MAX_MONTHS=24' AND after_value = 'DURATION_MAX_MONTHS=30'"));
        } finally {
            restoreDefaultPolicy();
        }
    }

    /** Other test classes schedule with the design's thresholds. */
    private void restoreDefaultPolicy() throws Exception {
        WebSession client = new WebSession(base);
        String read = client.getAs("/api/v1/policy", "admin", WebSession.DEMO_PASSWORD).body();
        long version = Long.parseLong(read.replaceAll(".*\"version\":(\\d+).*", "$1"));
        var response = client.send(client.request("/api/v1/policy")
                .header("Authorization", WebSession.basic("admin", WebSession.DEMO_PASSWORD))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"minMonths\":12,\"maxMonths\":24,"
                        + "\"analystMinLevel\":\"PROJECT_COORDINATOR\",\"managerMinLevel\":\"SENIOR_PROJECT_MANAGER\","
                        + "\"enterpriseMinLevel\":\"PROJECT_MANAGER\",\"tenureMonths\":12,\"coolOffMonths\":12,\"atRiskDays\":60,\"returnHorizonMonths\":6,"
                        + "\"version\":" + version + "}")));
        assertEquals(200, response.statusCode(), response.body());
    }

    private void signOut() {
        browser.findElement(By.id("signOut")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void theAuditLogIsFilteredByActionsChosenInWords() {
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
        browser.findElement(By.linkText("Audit log")).click();
        Select action = new Select(browser.findElement(By.id("action")));
        List<String> choices = action.getOptions().stream().map(WebElement::getText).toList();
        assertTrue(choices.contains("Signed in") && choices.contains("Account created"), "the actions the log holds: " + choices);
        for (String choice : choices) {
            assertFalse(choice.matches(".*[A-Z]{2,}_[A-Z]+.*"), "a choice in words, not a code: " + choice);
        }
        action.selectByVisibleText("Signed in");
        new Select(browser.findElement(By.id("subjectType"))).selectByVisibleText("Account");
        WebElement filter = browser.findElement(By.id("filter"));
        filter.click();
        Browser.waitUntilGone(browser, filter);
        List<WebElement> rows = browser.findElements(By.cssSelector("#auditTable_data tr"));
        assertFalse(rows.isEmpty(), "the leader's own sign-in is there");
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals("Signed in", cells.get(2).getText().strip(), row.getText());
            assertEquals("Account", cells.get(3).getText().strip(), row.getText());
        }
        assertEquals("Signed in", new Select(browser.findElement(By.id("action"))).getFirstSelectedOption().getText(),
                "the filter stays chosen");
    }

    @Test
    void wrongPasswordKeepsTheUserNameAndSaysWhatIsWrong() {
        Browser.signInWithTheForm(browser, base, "leader", "not-the-password");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));
        assertTrue(browser.findElement(By.cssSelector(".ui-messages-error")).getText().contains("wrong"));
        assertEquals("leader", browser.findElement(By.id("username")).getAttribute("value"));
    }
}
