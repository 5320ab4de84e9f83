package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff directory, a person's career page and "my rotations", in a real browser, checked
 * against what the database holds. Creates nothing.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class StaffDirectoryBrowserIT {

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @Test
    void leaderFiltersByTextAndLevelAndSeesTheRowsAndTotalOfTheDatabase() throws Exception {
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
        // A fragment of a real surname, and that person's level: at least one match, usually a few.
        List<String> first = Database.strings("SELECT full_name || '|' || career_level FROM staff WHERE employee_number = 'E10007'");
        String[] person = first.get(0).split("\\|");
        String[] names = person[0].split(" ");
        String fragment = names[names.length - 1].substring(0, 3).toLowerCase(Locale.ROOT);
        String level = person[1];
        String pattern = "%" + fragment + "%";
        List<String> expected = Database.strings("SELECT employee_number FROM staff WHERE (LOWER(full_name) LIKE ? OR LOWER(employee_number) LIKE ?)"
                + " AND career_level = ? ORDER BY full_name, employee_number", pattern, pattern, level);
        assertFalse(expected.isEmpty());

        browser.get(Browser.page(base, "/staff/index.xhtml"));
        assertEquals("Staff · PMO Rotations", browser.getTitle());
        assertEquals(Database.count("SELECT COUNT(*) FROM staff"), totalShown(), "everyone before any filter (other test classes add people)");
        WebElement q = browser.findElement(By.id("directoryForm:q"));
        q.sendKeys(fragment);
        new Select(browser.findElement(By.id("directoryForm:level"))).selectByValue(level);
        browser.findElement(By.id("directoryForm:search")).click();
        waitUntilTotal(expected.size());
        waitUntilNumbers(expected.subList(0, Math.min(25, expected.size())));

        assertEquals(expected.size(), totalShown());
        assertEquals(expected.subList(0, Math.min(25, expected.size())), numbersShown());
        assertEquals("E10007", expected.contains("E10007") ? "E10007" : null, "the person the fragment came from is among them");
    }

    @Test
    void sortsAndPagesByTheDatabase() throws Exception {
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/staff/index.xhtml?size=10"));
        List<String> byName = Database.strings("SELECT employee_number FROM staff ORDER BY full_name, employee_number");
        assertEquals(byName.subList(0, 10), numbersShown(), "first page by name");

        List<String> byNumber = Database.strings("SELECT employee_number FROM staff ORDER BY employee_number");
        sortBy("Employee number");
        waitUntilNumbers(byNumber.subList(0, 10));
        sortBy("Employee number");
        waitUntilNumbers(descending(byNumber).subList(0, 10));

        browser.findElement(By.cssSelector(".ui-paginator-next")).click();
        waitUntilNumbers(descending(byNumber).subList(10, 20));
        assertEquals(Database.count("SELECT COUNT(*) FROM staff"), totalShown());
        screenshot("directory-1280");

        // Never rotated counts as the longest time since a rotation: last when sorting by fewest months first.
        List<String> byLastRotation = Database.strings("SELECT s.employee_number FROM staff s LEFT JOIN (SELECT staff_id,"
                + " MAX(COALESCE(actual_end, planned_end)) AS last_end FROM rotation WHERE status IN ('ACTIVE', 'COMPLETED', 'CURTAILED')"
                + " GROUP BY staff_id) lr ON lr.staff_id = s.id ORDER BY CASE WHEN lr.last_end IS NULL THEN 1 ELSE 0 END,"
                + " lr.last_end DESC, s.full_name, s.employee_number");
        sortBy("Months since last rotation");
        waitUntilNumbers(byLastRotation.subList(0, 10));
    }

    @Test
    void aRowLeadsToThePersonsCareerWithItsTimeline() throws Exception {
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
        String longest = Database.strings(SqlStatementCountIT.BY_HISTORY).get(0);
        String name = Database.strings("SELECT full_name FROM staff WHERE employee_number = ?", longest).get(0);
        browser.get(Browser.page(base, "/staff/index.xhtml?q=" + longest));
        waitUntilTotal(1);
        browser.findElement(By.linkText(name)).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("staff/view.xhtml"));
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());
        assertEquals(longest, browser.findElement(By.id("employeeNumber")).getText());
        String level = Database.strings("SELECT career_level FROM staff WHERE employee_number = ?", longest).get(0);
        assertEquals(inWords(level), browser.findElement(By.id("level")).getText(), "the career level in words, not its code");

        long expectedEntries = Database.count("SELECT COUNT(*) FROM project_role pr JOIN staff s ON s.id = pr.staff_id WHERE s.employee_number = ?", longest)
                + Database.count("SELECT COUNT(*) FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE s.employee_number = ? AND r.status <> 'CANCELLED'", longest)
                + Database.count("SELECT COUNT(*) FROM rotation r JOIN staff s ON s.id = r.staff_id JOIN return_placement rp ON rp.id = r.return_placement_id"
                        + " WHERE s.employee_number = ? AND r.status <> 'CANCELLED' AND rp.status = 'RESERVED'", longest)
                + Database.count("SELECT COUNT(*) FROM level_change lc JOIN staff s ON s.id = lc.staff_id WHERE s.employee_number = ?", longest);
        List<WebElement> inWords = browser.findElements(By.cssSelector("#careerInWords > li"));
        assertEquals(expectedEntries, inWords.size(), "every project role, rotation, reserved return and level change, in words");
        List<String> pmos = Database.strings("SELECT DISTINCT p.name FROM rotation r JOIN pmo p ON p.id = r.pmo_id JOIN staff s ON s.id = r.staff_id"
                + " WHERE s.employee_number = ? AND r.status <> 'CANCELLED'", longest);
        String words = browser.findElement(By.id("careerInWords")).getText();
        pmos.forEach(pmo -> assertTrue(words.contains(pmo), pmo + " in the career in words"));
        assertTrue(browser.findElement(By.id("rotations")).isDisplayed(), "the rotations table is still there");
        assertTrue(browser.findElement(By.id("levels")).isDisplayed());
        assertTrue(browser.findElement(By.id("roles")).isDisplayed());

        screenshot("career-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        screenshot("career-390");
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        long content = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(content <= viewport, "no sideways scrolling on a phone: content " + content + " px in " + viewport + " px");
    }

    @Test
    void aStaffMemberReadsTheirOwnRotationsAndNobodyElses() throws Exception {
        String own = Database.strings("SELECT s.employee_number FROM user_account a JOIN staff s ON s.id = a.staff_id WHERE a.username = 'staff'").get(0);
        List<String> pmos = Database.strings("SELECT DISTINCT p.name FROM rotation r JOIN pmo p ON p.id = r.pmo_id JOIN staff s ON s.id = r.staff_id"
                + " WHERE s.employee_number = ?", own);
        assertFalse(pmos.isEmpty(), "the demo staff account has a rotation behind them");
        Browser.signIn(browser, base, "staff", WebSession.DEMO_PASSWORD);

        browser.findElement(By.linkText("My rotations")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(driver -> driver.getTitle().startsWith("My rotations"));
        assertEquals("My rotations", browser.findElement(By.tagName("h1")).getText());
        assertEquals(own, browser.findElement(By.id("employeeNumber")).getText());
        String rotations = browser.findElement(By.id("myRotations")).getText();
        pmos.forEach(pmo -> assertTrue(rotations.contains(pmo), pmo + " among my rotations"));
        long rated = Database.count("SELECT COUNT(*) FROM rotation_objective o JOIN rotation r ON r.id = o.rotation_id JOIN staff s ON s.id = r.staff_id"
                + " WHERE s.employee_number = ? AND o.rating IS NOT NULL", own);
        long shownRated = browser.findElements(By.cssSelector("#myRotations table.objectives tbody tr")).stream()
                .filter(row -> !row.findElements(By.tagName("td")).get(1).getText().equals("not rated yet")).count();
        assertEquals(rated, shownRated, "each evaluation the database holds is shown");
        for (String project : Database.strings("SELECT p.name FROM rotation r JOIN staff s ON s.id = r.staff_id"
                + " JOIN return_placement rp ON rp.id = r.return_placement_id JOIN project p ON p.id = rp.project_id WHERE s.employee_number = ?", own)) {
            assertTrue(rotations.contains("Project " + project + " as "), "the return to " + project + " is shown");
        }
        assertTrue(browser.findElements(By.linkText("Staff")).isEmpty(), "no directory link for a staff member");
        screenshot("mine-1280");

        String someoneElse = own.equals("E10001") ? "E10002" : "E10001";
        browser.get(Browser.page(base, "/staff/view.xhtml?employee=" + someoneElse));
        assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
        browser.get(Browser.page(base, "/staff/index.xhtml"));
        assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
    }

    /** A picture of the page for a person to look at (under it.work), not an assertion. */
    private void screenshot(String name) throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("it.work", "target/it-work"), "screenshots");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** A career level as the pages write it: SENIOR_PROJECT_MANAGER reads "Senior project manager". */
    private static String inWords(String code) {
        String words = code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<String> descending(List<String> ascending) {
        List<String> copy = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private void sortBy(String header) {
        browser.findElement(By.xpath("//th[.//span[normalize-space()='" + header + "']]")).click();
    }

    private long totalShown() {
        String text = settled(() -> browser.findElement(By.cssSelector(".directory-total")).getText());
        return text.startsWith("No one") ? 0 : Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private List<String> numbersShown() {
        return settled(() -> browser.findElements(By.cssSelector("[id$=':number']")).stream().map(WebElement::getText).toList());
    }

    /**
     * What the page says once the table is not being drawn again: a read that meets an element
     * the table replaced while it was read (an Ajax update arriving) reads again.
     */
    private <T> T settled(java.util.function.Supplier<T> read) {
        return Browser.waitUpTo(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(driver -> read.get());
    }

    private void waitUntilTotal(long total) {
        Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(d -> {
            try {
                return totalShown() == total;
            } catch (RuntimeException stale) {
                return false;
            }
        });
    }

    private void waitUntilNumbers(List<String> numbers) {
        try {
            Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(d -> {
                try {
                    return numbersShown().equals(numbers);
                } catch (RuntimeException stale) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(numbers, numbersShown());
        }
    }
}
