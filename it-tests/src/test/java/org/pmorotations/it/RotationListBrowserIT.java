package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rotation list as a PMO manager and a leader use it: opened from the navigation, filtered with
 * its controls (person, state, flags, PMO, period) from the keyboard, the filters kept in the
 * address so that the list can be shared, and the at-risk filter listing as many rotations as the
 * Overview counts.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class RotationListBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#listForm\\:rotations_data tr:not(.ui-datatable-empty-message)"));
    }

    private String total() {
        return browser.findElement(By.cssSelector("#listForm\\:rotations .directory-total")).getText().strip();
    }

    private void submitWithEnter(String fieldId) {
        String before = browser.getCurrentUrl();
        browser.findElement(By.id(fieldId)).sendKeys(Keys.ENTER);
        Browser.waitUpTo(browser, PATIENCE).until(driver -> !driver.getCurrentUrl().equals(before));
        Browser.waitForAjax(browser);
    }

    @Test
    void aManagerFiltersTheListFromItsControlsAndTheAddressKeepsTheFilters() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        LocalDate start = LocalDate.of(2074, 3, 1);
        String pmo = fixture.newPmo(1);
        String person = fixture.candidate(pmo, start, 12, List.of());
        fixture.propose(person, pmo, start, 12);
        String name = BoardFixture.fullName(person);

        Browser.signIn(browser, base, BoardFixture.MANAGER, WebSession.DEMO_PASSWORD);
        browser.get(base.toExternalForm());
        Browser.press(browser, browser.findElement(By.id("navRotations")));
        long all = Database.count("SELECT COUNT(*) FROM rotation");
        assertEquals(String.format(Locale.US, "%,d rotations", all), total(), "unfiltered, the list has every rotation");

        // A part of the name in other letters' case, and a state, then Enter in the person field
        WebElement personField = browser.findElement(By.id("person"));
        personField.sendKeys(name.substring(0, name.length() - 2).toUpperCase(Locale.ROOT));
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Proposed");
        submitWithEnter("person");

        String address = browser.getCurrentUrl();
        assertTrue(address.contains("status=PROPOSED"), address);
        assertTrue(address.contains("person="), address);
        assertFalse(address.contains("flag=") || address.contains("tier=") || address.contains("startedFrom="),
                "filters left empty stay out of the address: " + address);
        assertEquals(1, rows().size(), "one rotation of that person is proposed");
        assertTrue(rows().get(0).getText().contains(name), rows().get(0).getText());
        assertTrue(rows().get(0).getText().contains("Proposed"), "its state in words: " + rows().get(0).getText());
        assertEquals("1 rotation", total());
        assertEquals(name.substring(0, name.length() - 2).toUpperCase(Locale.ROOT), browser.findElement(By.id("person")).getAttribute("value"),
                "the controls show the filters of the address");
        assertEquals("Proposed", new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getText());

        // The address alone opens the same list: it can be shared
        browser.get(address);
        assertEquals("1 rotation", total());

        // A proposal is never overdue: both filters apply
        new Select(browser.findElement(By.id("flag"))).selectByVisibleText("Overdue (past its planned end)");
        submitWithEnter("person");
        assertTrue(browser.getCurrentUrl().contains("flag=OVERDUE"), browser.getCurrentUrl());
        assertEquals("No rotations", total());
        assertTrue(browser.findElement(By.id("listForm:rotations")).getText().contains("No rotation matches."));

        // The period: started in a year when the proposal does not start finds nothing of that person
        new Select(browser.findElement(By.id("flag"))).selectByVisibleText("Any");
        browser.findElement(By.id("startedFrom")).sendKeys("01012075");
        submitWithEnter("person");
        assertTrue(browser.getCurrentUrl().contains("startedFrom=2075-01-01"), browser.getCurrentUrl());
        assertEquals("No rotations", total());

        Browser.press(browser, browser.findElement(By.id("clearFilters")));
        Browser.waitUpTo(browser, PATIENCE).until(driver -> !driver.getCurrentUrl().contains("person="));
        assertEquals(String.format(Locale.US, "%,d rotations", Database.count("SELECT COUNT(*) FROM rotation")), total());
        assertEquals("", browser.findElement(By.id("person")).getAttribute("value"));
    }

    @Test
    void theAtRiskFilterListsAsManyRotationsAsTheOverviewCounts() {
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
        browser.get(base.toExternalForm());
        String atRisk = browser.findElement(By.id("atRisk-count")).getText().strip();
        String overdue = browser.findElement(By.id("overdue-count")).getText().strip();

        Browser.press(browser, browser.findElement(By.id("navRotations")));
        new Select(browser.findElement(By.id("flag"))).selectByVisibleText("At risk (ending without a return)");
        Browser.press(browser, browser.findElement(By.id("applyFilters")));
        Browser.waitUpTo(browser, PATIENCE).until(driver -> driver.getCurrentUrl().contains("flag=AT_RISK"));
        browser.get(browser.getCurrentUrl() + "&size=100");
        assertTrue(total().startsWith(atRisk + " rotation") || "0".equals(atRisk) && "No rotations".equals(total()),
                "Overview " + atRisk + ", list " + total());
        assertTrue(Integer.parseInt(atRisk) > 0, "the demo organisation has rotations at risk");
        for (WebElement row : rows()) {
            assertTrue(row.getText().contains("At risk"), "each row carries the flag: " + row.getText());
        }

        browser.get(Browser.page(base, "/rotations/index.xhtml?flag=OVERDUE"));
        assertTrue(total().startsWith(overdue + " rotation") || "0".equals(overdue) && "No rotations".equals(total()),
                "Overview " + overdue + ", list " + total());
    }

    @Test
    void aPersonFilterIsShownAsTypedAndAnUnknownFlagIsRefusedInWords() {
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/index.xhtml?person=%3Ci%3Enobody%3C%2Fi%3E"));
        assertEquals("<i>nobody</i>", browser.findElement(By.id("person")).getAttribute("value"));
        assertTrue(browser.findElements(By.cssSelector("#content i")).isEmpty(), "typed text is never markup");
        assertEquals("No rotations", total());

        browser.get(Browser.page(base, "/rotations/index.xhtml?flag=SOON"));
        String problems = browser.findElement(By.tagName("body")).getText();
        assertTrue(problems.contains("Flags: “SOON” is not one of the choices"), problems);
    }
}
