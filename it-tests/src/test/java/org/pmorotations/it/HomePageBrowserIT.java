package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person opens the product in a real browser (headless Chromium) and reads the overview.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@Browser.ReadsOnly
class HomePageBrowserIT {

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @BeforeEach
    void signIn() {
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
    }

    @Test
    void overviewShowsTheFiguresOfTheDatabase() throws Exception {
        browser.get(base.toExternalForm());
        assertEquals("Overview · PMO Rotations", browser.getTitle());
        assertEquals("Overview", browser.findElement(By.tagName("h1")).getText());

        Database.HomeCounts expected = Database.HomeCounts.read(LocalDate.now());
        assertEquals(expected.staff(), figure("Staff"));
        assertEquals(expected.openPmos(), figure("PMOs open"));
        assertEquals(expected.activeRotations(), figure("Active rotations"));
        assertEquals(expected.endingSoon(), figure("Ending soon"));
        // One definition of each figure: the dashboard's summary counts them as the Overview does
        String body = new WebSession(base).getAs("/api/v1/reports/summary?asOf=" + LocalDate.now(), "leader", WebSession.DEMO_PASSWORD).body();
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject summary = reader.readObject();
            assertEquals(summary.getJsonNumber("activeRotations").longValue(), figure("Active rotations"), "active, as the dashboard says");
            assertEquals(summary.getJsonObject("pipeline").getJsonNumber("endsNext90Days").longValue(), figure("Ending soon"),
                    "ending within 90 days, as the dashboard says");
        }
        assertEquals(200, Database.count(FoundationIT.DEMO_STAFF), "exactly one demo organisation, however often the server started");
        assertTrue(tile("Ending soon").getText().contains("ending within 90 days"));
    }

    @Test
    void keyboardUserSkipsStraightToTheContent() {
        browser.get(base.toExternalForm());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Skip to content", focused.getText());
        focused.sendKeys(Keys.ENTER);
        assertEquals("content", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void overviewFitsAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base.toExternalForm());
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        long content = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(content <= viewport, "no sideways scrolling: content " + content + " px in " + viewport + " px");
        assertTrue(tile("Staff").isDisplayed());
    }

    private WebElement tile(String label) {
        return browser.findElement(By.xpath("//article[h2[normalize-space()='" + label + "']]"));
    }

    private long figure(String label) {
        return Long.parseLong(tile(label).findElement(By.className("tile-count")).getText().strip());
    }

    @Test
    void onAPhoneTheNavigationIsAMenuButtonUsedFromTheKeyboard() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(Browser.page(base, "/index.xhtml"));
        WebElement button = browser.findElement(By.id("menuButton"));
        WebElement dashboard = browser.findElement(By.id("navDashboard"));
        assertTrue(button.isDisplayed(), "a menu button on a phone");
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertTrue(!dashboard.isDisplayed(), "the links are folded behind it");

        button.sendKeys(Keys.ENTER);
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(dashboard.isDisplayed(), "the links are shown");
        assertEquals("navHome", browser.switchTo().activeElement().getAttribute("id"), "the focus is on the first link");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertTrue(!dashboard.isDisplayed());
        assertEquals("menuButton", browser.switchTo().activeElement().getAttribute("id"), "Escape gives the focus back to the button");

        browser.manage().window().setSize(new Dimension(1280, 900));
        assertTrue(!button.isDisplayed() && dashboard.isDisplayed(), "on a wide screen the links are in the bar, no button");
    }
}
