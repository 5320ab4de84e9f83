package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a form says when a service refuses what was typed is in words: the sentence of the service,
 * next to the input it is about or above the form after the field's label, never the field's code
 * ({@code startedTo}, {@code projectCode}, {@code employeeNumber}...). For the rotation list, the
 * return dialog of a rotation, the schedule form, the PMO form, the project form and the account
 * form, a browser sends what the service refuses (not what the page's own required and converter
 * checks stop) and reads every message shown: at least one, saying what the service said, and none
 * holding a camelCase name or starting with a lower-case code and a colon. Rule codes such as
 * DURATION are words of the product and may be shown.
 *
 * <p>The rows it needs are its own (a PMO, a person in a department of their own, a rotation in
 * 2066); everything it submits is refused, so nothing else is saved.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class FormMessagesBrowserIT {

    /** Every kind of message the pages show: PrimeFaces messages and growl, JSF messages, the rule problems of the rotation forms. */
    private static final String MESSAGES = ".ui-message, .ui-messages, .ui-growl-item, .ui-message-error-detail, .rule-problem,"
            + " [role=alert], ul.messages li";

    /** A name written as code: a lower-case word with a capital inside ("startedTo", "projectCode"). */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");

    /** A message led by a field's code and a colon ("startedTo: ...", "end: ...", "seats.PMO_ANALYST: ..."). */
    private static final Pattern CODE_FIRST = Pattern.compile("^[a-z][A-Za-z]*(\\.[A-Za-z_]+)*:");

    private static final List<String> ERROR_TITLES = List.of("This address cannot be read", "Not allowed", "Page not found",
            "Something went wrong", "Temporarily unavailable", "Your page expired");

    private static final String MANAGER = BoardFixture.MANAGER;

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @Test
    void theRotationListNamesThePeriodByItsLabel() {
        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/index.xhtml?startedFrom=2067-06-01&startedTo=2067-01-01"));
        Browser.waitForAjax(browser);

        assertMessagesInWords("rotation list", "Started: The started period ends (2067-01-01) before it starts (2067-06-01).");
        assertEquals("Started: The started period ends (2067-01-01) before it starts (2067-06-01).", text(By.id("listProblems")),
                "said above the list, where it stays, not only in a notice that fades");
    }

    @Test
    void theReturnDialogSaysTheProjectIsMissingNextToIt() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(1, "Form messages");
        String person = fixture.newPerson("Form messages " + pmo, "Form messages " + pmo);
        long id = fixture.approve(fixture.propose(person, pmo, LocalDate.of(2066, 1, 1), 12).getJsonNumber("id").longValue())
                .getJsonNumber("id").longValue();

        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/view.xhtml?id=" + id));
        click(By.id("actions:openReturn"));
        until(driver -> visibleElement(By.id("returnForm:save")));
        Browser.press(browser, visibleElement(By.id("returnForm:save")));

        assertMessagesInWords("return dialog", "Choose the project the person returns to.");
        assertTrue(text(By.id("returnForm:projectProblems")).contains("Choose the project the person returns to."),
                "the sentence is next to the project: " + text(By.id("returnForm:projectProblems")));
    }

    @Test
    void theScheduleFormSaysTheEmployeeIsUnknownNextToTheEmployeeNumber() throws Exception {
        String pmo = new BoardFixture(base).newPmo(1, "Form messages");
        String nobody = "NOBODY-" + unique();

        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        // The seat from the address, as the bench links here; the person and the objective typed.
        browser.get(Browser.page(base, "/rotations/schedule.xhtml?pmo=" + pmo + "&role=PMO_ANALYST&start=2066-01-01"));
        until(driver -> new Select(driver.findElement(By.id("schedule:pmo"))).getFirstSelectedOption().getAttribute("value").equals(pmo));
        type(By.id("schedule:employee_input"), nobody);
        tick("Process improvement");
        click(By.id("schedule:submit"));

        String expected = "There is no staff member " + nobody + ".";
        assertMessagesInWords("schedule form", expected);
        assertTrue(text(By.id("schedule:employeeProblems")).contains(expected),
                "the sentence is next to the employee number: " + text(By.id("schedule:employeeProblems")));
    }

    @Test
    void thePmoFormSaysTheCodeExistsNextToTheCode() throws Exception {
        String pmo = new BoardFixture(base).newPmo(1, "Form messages");

        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/pmos/edit.xhtml"));
        type(By.id("code"), pmo);
        type(By.id("name"), "Form messages duplicate " + pmo);
        new Select(browser.findElement(By.id("tier"))).selectByValue("DEPARTMENT");
        type(By.id("analystSeats"), "1");
        type(By.id("managerSeats"), "0");
        type(By.id("opens"), "2066-01-01");
        submitPage(By.id("save"));

        String expected = "A PMO " + pmo + " exists already.";
        assertMessagesInWords("PMO form", expected);
        assertTrue(text(By.id("codeMessage")).contains(expected), "the sentence is next to the code: " + text(By.id("codeMessage")));
    }

    @Test
    void theProjectFormSaysTheEndIsBeforeTheStartNextToTheEnd() {
        String code = "FM-" + unique();

        Browser.signIn(browser, base, MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/projects/index.xhtml"));
        type(By.id("code"), code);
        type(By.id("name"), "Form messages " + code);
        type(By.id("department"), "Form messages " + code);
        type(By.id("start"), "2066-06-01");
        type(By.id("end"), "2066-01-01");
        submitPage(By.id("create"));

        String expected = "The end date 2066-01-01 is before the start date 2066-06-01.";
        assertMessagesInWords("project form", expected);
        assertTrue(text(By.id("endMessage")).contains(expected), "the sentence is next to the end: " + text(By.id("endMessage")));
    }

    @Test
    void theAccountFormSaysTheEmployeeIsUnknownNextToTheEmployeeNumber() {
        String nobody = "NOBODY-" + unique();

        Browser.signIn(browser, base, "admin", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/admin/accounts.xhtml"));
        type(By.id("username"), "form.messages." + unique().toLowerCase(Locale.ROOT));
        type(By.id("password"), "Plain words only 2066!");
        tick("Leader");
        type(By.id("employeeNumber"), nobody);
        submitPage(By.id("create"));

        String expected = "There is no staff member " + nobody + ".";
        assertMessagesInWords("account form", expected);
        assertTrue(text(By.id("employeeNumberMessage")).contains(expected),
                "the sentence is next to the employee number: " + text(By.id("employeeNumberMessage")));
    }

    // ------------------------------------------------------------------ the assertion

    /**
     * Waits for a message saying {@code expected}, then reads every message the page shows: at
     * least one, one of them says {@code expected}, and none names a field by its code.
     */
    private void assertMessagesInWords(String form, String expected) {
        List<String> shown;
        try {
            shown = until(driver -> {
                List<String> messages = shownMessages();
                return messages.stream().anyMatch(message -> message.contains(expected)) ? messages : null;
            });
        } catch (TimeoutException notShown) {
            shown = shownMessages();
        }
        String title = browser.getTitle();
        assertTrue(ERROR_TITLES.stream().noneMatch(title::startsWith), form + " is shown, not an error page: " + title);
        assertFalse(shown.isEmpty(), form + " shows a message");
        assertTrue(shown.stream().anyMatch(message -> message.contains(expected)), form + " says \"" + expected + "\"; it shows " + shown);
        for (String message : shown) {
            for (String line : message.split("\\R")) {
                assertFalse(CAMEL_CASE.matcher(line).find(), form + " names no field by its code: \"" + line + "\" in " + shown);
                assertFalse(CODE_FIRST.matcher(line.strip()).find(), form + " starts no message with a code: \"" + line + "\" in " + shown);
            }
        }
    }

    /** The text of each visible message of the page, each text once, empty containers left out. */
    @SuppressWarnings("unchecked")
    private List<String> shownMessages() {
        List<String> texts = (List<String>) browser.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(function (e) { return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; })"
                + ".map(function (e) { return e.innerText.trim(); })"
                + ".filter(function (t) { return t.length > 0; });", MESSAGES);
        return new ArrayList<>(new LinkedHashSet<>(texts));
    }

    // ------------------------------------------------------------------ helpers

    private <T> T until(Function<WebDriver, T> condition) {
        return Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(condition::apply);
    }

    private String text(By by) {
        return browser.findElement(by).getText().strip();
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

    /** Ticks the checkbox of a label, as a person clicks the text next to it. */
    private void tick(String label) {
        WebElement text = until(driver -> driver.findElement(By.xpath("//label[normalize-space()='" + label + "']")));
        WebElement box = browser.findElement(By.id(text.getAttribute("for")));
        if (!box.isSelected()) {
            text.click();
        }
        until(driver -> box.isSelected());
    }

    private void click(By by) {
        Browser.press(browser, until(ExpectedConditions.elementToBeClickable(by)::apply));
    }


    /** Presses a button that sends the whole page, and waits for the page that answers. */
    private void submitPage(By by) {
        WebElement button = until(ExpectedConditions.elementToBeClickable(by)::apply);
        button.click();
        Browser.waitUntilGone(browser, button);
        Browser.waitForAjax(browser);
    }


    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    }
}
