package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rotation board in a real browser, as its users work with it: a PMO manager reads the demo
 * rotations around today, narrows the rows by tier, drags a bar of their own to a free place
 * (saved, with history) and onto a full seat (refused with the rule, back in place); a leader
 * reads the board but moves nothing.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class BoardBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    private void openBoard(String user, String query) {
        Browser.signIn(browser, base, user, WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/board.xhtml" + query));
        // Drawn, not only in the page: the timeline stays hidden until its first drawing is done.
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#boardForm\\:board .vis-timeline")).stream()
                        .anyMatch(WebElement::isDisplayed));
    }

    private List<WebElement> bars() {
        return browser.findElements(By.cssSelector("#boardForm\\:board .vis-item.board-bar"));
    }

    private static String text(WebElement element) {
        return element.getAttribute("textContent").strip();
    }

    /** The person a bar names: its text without the marks (flags) after it. */
    private static String name(WebElement bar) {
        List<WebElement> named = bar.findElements(By.cssSelector(".board-bar-text"));
        return named.isEmpty() ? text(bar) : text(named.get(0));
    }

    private WebElement bar(String name) {
        return Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> bars().stream().filter(bar -> name(bar).equals(name)).findFirst().orElse(null));
    }

    /** The words of the marks on a bar ("at risk", "no return yet", "overdue"). */
    private static List<String> flags(WebElement bar) {
        return bar.findElements(By.cssSelector(".board-flag")).stream().map(BoardBrowserIT::text).toList();
    }

    private String summary() {
        return browser.findElement(By.id("boardForm:summary")).getText();
    }

    /** Gives a bar the keyboard focus, as Tab does, and presses Enter on it. */
    private void pressEnterOn(WebElement bar) {
        browser.executeScript("arguments[0].focus();", bar);
        assertEquals(bar.getAttribute("data-rotation"), browser.switchTo().activeElement().getAttribute("data-rotation"),
                "the bar takes the focus");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
    }

    private WebElement moveDialog() {
        return Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    WebElement dialog = driver.findElement(By.id("boardForm:moveDialog"));
                    return dialog.isDisplayed() ? dialog : null;
                });
    }

    private void type(String id, String value) {
        // Select what the field holds and type over it, as a person does (a date picker keeps its
        // value through a programmatic clear).
        browser.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private List<String> rowLabels() {
        return browser.findElements(By.cssSelector("#boardForm\\:board .vis-labelset .vis-label")).stream().map(BoardBrowserIT::text).toList();
    }

    private String growl() {
        Browser.waitUpTo(browser, PATIENCE).until(driver -> !driver.findElements(By.cssSelector(".ui-growl-item")).isEmpty());
        return browser.findElements(By.cssSelector(".ui-growl-item")).stream().map(BoardBrowserIT::text)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    /** Drags the middle of a bar sideways by {@code months}, measured on the bar (12 months wide), as a mouse would. */
    private void drag(WebElement bar, int months) {
        int distance = (int) Math.round(bar.getRect().getWidth() * months / 12.0);
        // Hover first, press, then move in small steps as a hand does. The first few pixels only tell
        // the timeline that a drag has begun (they are not counted); the distance counts from there.
        // Each step is its own browser command, so the hand rests on the bar between them as a
        // person's does: a press held still must not open the rotation (the board turns the
        // timeline's long select off), it is still the start of a drag.
        new Actions(browser).moveToElement(bar).perform();
        new Actions(browser).clickAndHold().pause(Duration.ofMillis(400)).perform();
        new Actions(browser).moveByOffset(12, 0).perform();
        int steps = 10;
        int moved = 0;
        for (int step = 1; step <= steps; step++) {
            int to = distance * step / steps;
            new Actions(browser).moveByOffset(to - moved, 0).perform();
            moved = to;
        }
        new Actions(browser).pause(Duration.ofMillis(300)).release().perform();
    }

    /**
     * Each bar is drawn in its state's colours, those of the legend above the board, and not in the
     * theme's white for every timeline item.
     */
    @Test
    void eachBarHasTheColoursOfItsStateInTheLegend() throws Exception {
        openBoard("pmo.manager", "");
        Set<String> states = new HashSet<>();
        // The other tests add PMOs of their own, which may fill the first page: every page is read.
        while (true) {
            for (WebElement bar : bars()) {
                String state = java.util.Arrays.stream(bar.getAttribute("class").split(" "))
                        .filter(name -> name.startsWith("board-") && !name.equals("board-bar") && !name.equals("board-movable"))
                        .findFirst().orElseThrow(() -> new AssertionError("a bar without a state: " + bar.getAttribute("class")));
                WebElement swatch = browser.findElement(By.cssSelector(".board-legend .board-swatch." + state));
                assertEquals(swatch.getCssValue("background-color"), bar.getCssValue("background-color"), "the fill of a bar " + state);
                assertEquals(swatch.getCssValue("border-top-color"), bar.getCssValue("border-top-color"), "the edge of a bar " + state);
                if (!state.equals("board-cancelled")) {
                    assertFalse(bar.getCssValue("background-color").equals("rgba(255, 255, 255, 1)"), "a bar " + state + " is not white");
                }
                states.add(state);
            }
            if (states.size() >= 2 || !showsMorePmos()) {
                break;
            }
            nextPmos();
        }
        assertTrue(states.size() >= 2, "the demo's board shows rotations in several states: " + states);

        // The README's picture: the department PMOs over a year, from six months back.
        browser.get(Browser.page(base, "/rotations/board.xhtml?tier=DEPARTMENT&months=12&from="
                + LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(6)));
        Browser.waitUpTo(browser, PATIENCE).until(driver -> !bars().isEmpty());
        Browser.screenshotOfPage(browser, "board-one-year");
    }

    @Test
    void managerSeesTheRotationsOfTodayWithNamesAndATodayMarker() throws Exception {
        openBoard("pmo.manager", "");

        assertEquals("Rotation board · PMO Rotations", browser.getTitle());
        assertTrue(browser.findElement(By.id("navBoard")).isDisplayed(), "the navigation leads here");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> activeToday = Database.strings("SELECT s.full_name FROM rotation r JOIN staff s ON s.id = r.staff_id"
                + " WHERE r.status = 'ACTIVE' AND r.start_date <= ? AND r.planned_end >= ?", today, today);
        assertFalse(activeToday.isEmpty(), "the demo organisation has rotations under way");
        assertEquals(1, browser.findElements(By.cssSelector("#boardForm\\:board .vis-current-time")).size(), "a line marks today");
        assertFalse(browser.findElements(By.cssSelector("#boardForm\\:board .vis-item.vis-background.board-free")).isEmpty(),
                "empty seats are shown behind the bars");
        String free = browser.findElement(By.cssSelector("#boardForm\\:board .vis-item.board-free")).getAttribute("textContent").strip();
        assertTrue(free.matches("\\d+ of \\d+ seats? free"), "an empty stretch says how many seats are free: " + free);
        String summary = browser.findElement(By.id("boardForm:summary")).getText();
        assertTrue(summary.contains(" rotations in " + rowLabels().size() + " rows"), summary);
        // The other tests add PMOs of their own: the board may hold more than one page of them, and
        // the first page may hold only theirs, with no rotation in this window.
        Set<String> shown = new HashSet<>();
        String tooltip = null;
        for (int page = 1; ; page++) {
            List<String> names = bars().stream().map(BoardBrowserIT::name).toList();
            shown.addAll(names);
            if (tooltip == null && !names.isEmpty()) {
                // The tooltip vis-timeline shows on hovering a bar: its item's title.
                tooltip = (String) browser.executeScript("return PF('boardTimeline').instance.itemsData.get()"
                        + ".filter(item => String(item.id).startsWith('rotation-'))[0].title;");
            }
            if (!showsMorePmos()) {
                break;
            }
            nextPmos();
        }
        assertTrue(tooltip != null && tooltip.matches(".+: \\d{4}-\\d\\d-\\d\\d to \\d{4}-\\d\\d-\\d\\d, "
                + "(Proposed|Approved|Active|Overdue|Curtailed|Completed)(, (at risk|no return yet|overdue))* \\(.+\\)"),
                "a bar's tooltip says who, when, in which state, with its marks, and the seat: " + tooltip);
        assertTrue(shown.containsAll(activeToday), "every rotation under way today has its bar: missing "
                + activeToday.stream().filter(name -> !shown.contains(name)).toList());
    }

    /** True when the summary says a later page of PMOs follows ("PMOs 1 to 20 of 23."). */
    private boolean showsMorePmos() {
        java.util.regex.Matcher position = java.util.regex.Pattern.compile("PMOs (\\d+) to (\\d+) of (\\d+)")
                .matcher(browser.findElement(By.id("boardForm:summary")).getText());
        return position.find() && Integer.parseInt(position.group(2)) < Integer.parseInt(position.group(3));
    }

    /** Shows the next page of PMOs, once the board has drawn it. */
    private void nextPmos() {
        String before = browser.findElement(By.id("boardForm:summary")).getText();
        browser.findElement(By.id("boardForm:nextPmos")).click();
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id("boardForm:summary")).getText().equals(before));
    }

    /** The codes of the PMOs whose rows are shown. */
    private Set<String> pmoCodes() {
        return new HashSet<>(browser.findElements(By.cssSelector("#boardForm\\:board .vis-labelset .vis-label .board-row-pmo"))
                .stream().map(label -> label.getAttribute("data-pmo")).toList());
    }

    @Test
    void theBoardShowsTwentyPmosAPageAndTheOthersOnTheNext() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        fixture.newPmo(0, "Without seats");
        while (Database.count("SELECT COUNT(*) FROM pmo WHERE tier = 'DEPARTMENT'") <= 20) {
            fixture.newPmo(1);
        }
        List<String> department = Database.strings("SELECT code FROM pmo WHERE tier = 'DEPARTMENT'");
        openBoard("leader", "?tier=DEPARTMENT");

        Set<String> first = pmoCodes();
        assertEquals(20, first.size(), "twenty PMOs on the first page: " + first);
        assertTrue(browser.findElement(By.id("boardForm:summary")).getText().contains("PMOs 1 to 20 of " + department.size() + "."),
                browser.findElement(By.id("boardForm:summary")).getText());
        Set<String> all = new HashSet<>(first);
        Set<String> previous = first;
        while (showsMorePmos()) {
            nextPmos();
            Set<String> before = previous;
            Set<String> next = Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                    .until(driver -> {
                        Set<String> names = pmoCodes();
                        return names.isEmpty() || names.equals(before) ? null : names;
                    });
            assertTrue(java.util.Collections.disjoint(next, all), "a later page shows other PMOs: " + next);
            all.addAll(next);
            previous = next;
        }
        assertEquals(new HashSet<>(department), all, "every department PMO, on one page or another");
    }

    @Test
    void theTierFilterLeavesOnlyThatTiersRows() throws Exception {
        openBoard("pmo.manager", "");
        List<String> all = rowLabels();
        List<String> enterprisePmos = Database.strings("SELECT name FROM pmo WHERE tier = 'ENTERPRISE'");
        assertFalse(enterprisePmos.isEmpty());

        new Select(browser.findElement(By.id("boardForm:tier"))).selectByVisibleText("Enterprise");
        // The timeline is drawn again when the answer arrives: read its rows once they have settled.
        List<String> filtered = Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<String> rows = rowLabels();
                    return rows.size() < all.size() ? rows : null;
                });
        assertFalse(filtered.isEmpty());
        assertTrue(filtered.stream().allMatch(label -> enterprisePmos.stream().anyMatch(label::startsWith)),
                "only enterprise PMOs: " + filtered);
        assertTrue(filtered.stream().anyMatch(label -> label.contains("PMO analyst") && label.matches("(?s).*(\\d+ seats|1 seat).*")),
                "a row names its role and seats: " + filtered);
    }

    @Test
    void draggingAProposedBarToAFreePlaceSavesItWithItsHistory() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(LocalDate.of(2044, 1, 1));
        openBoard("pmo.manager", "?pmo=" + seat.pmo() + "&from=2043-10-01&months=24");

        assertFalse(bar(seat.firstName()).findElements(By.cssSelector(".vis-drag-left")).isEmpty(), "its edges can be dragged too");
        drag(bar(seat.firstName()), 3);

        String message = growl();
        assertTrue(message.contains("moved"), message);
        assertEquals(message.indexOf("moved"), message.lastIndexOf("moved"), "the message is said once: " + message);
        assertEquals("2044-04-01 to 2045-03-31", BoardFixture.storedPeriod(seat.first()), "the database holds the new dates");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ? AND kind = 'RESCHEDULED'"
                + " AND actor = 'pmo.manager' AND from_end = DATE '2044-12-31' AND to_end = DATE '2045-03-31'", seat.first()),
                "the history has the move");
    }

    @Test
    void draggingOntoAFullSeatIsRefusedWithTheRuleAndTheBarGoesBack() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(LocalDate.of(2047, 1, 1));
        String before = BoardFixture.storedPeriod(seat.first());
        long version = BoardFixture.storedVersion(seat.first());
        openBoard("pmo.manager", "?pmo=" + seat.pmo() + "&from=2046-10-01&months=24");
        int left = bar(seat.firstName()).getRect().getX();

        drag(bar(seat.firstName()), 9);

        String message = growl();
        assertTrue(message.contains("SEATS"), message);
        assertEquals(1, browser.findElements(By.cssSelector(".ui-growl-item")).size(), "one message for one refusal: " + message);
        assertTrue(message.contains("The rotation of " + seat.firstName() + " was not moved to "), "it says what was refused: " + message);
        assertEquals(before, BoardFixture.storedPeriod(seat.first()), "nothing saved");
        assertEquals(version, BoardFixture.storedVersion(seat.first()));
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> Math.abs(bar(seat.firstName()).getRect().getX() - left) <= 2);
    }

    /**
     * The board moves a bar on the version it read: when someone else has changed the rotation in
     * the meantime, the drag is refused with a message saying so, and their change is kept.
     */
    @Test
    void draggingABarSomeoneElseChangedSinceTheBoardWasReadIsRefusedAndKeepsTheirChange() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        BoardFixture.TwoInOneSeat seat = fixture.twoInOneSeat(LocalDate.of(2050, 1, 1));
        openBoard("pmo.manager", "?pmo=" + seat.pmo() + "&from=2049-10-01&months=24");
        WebElement bar = bar(seat.firstName());

        HttpResponse<String> other = fixture.change(seat.first(), "reschedule", "admin", "{\"start\":\"2050-02-01\",\"months\":12}");
        assertEquals(200, other.statusCode(), other.body());
        long version = BoardFixture.storedVersion(seat.first());
        drag(bar, 3);

        String message = growl();
        assertTrue(message.contains("Someone changed this rotation since the board was read"), message);
        assertEquals("2050-02-01 to 2051-01-31", BoardFixture.storedPeriod(seat.first()), "the other change is kept");
        assertEquals(version, BoardFixture.storedVersion(seat.first()), "the drag changed nothing");
    }

    /**
     * An Ajax request that fails unexpectedly (here one the board never sends: a range whose days
     * cannot be read) does not leave the page silent: the failure dialog says that nothing was
     * changed and offers to load the page again, with the focus on that link.
     */
    @Test
    void anAjaxRequestThatFailsShowsTheFailureDialog() {
        openBoard("pmo.manager", "?from=2043-10-01&months=12");
        assertFalse(browser.findElement(By.id("failure")).isDisplayed(), "no failure before one happens");

        browser.executeScript("PrimeFaces.ab({s: 'boardForm:board', e: 'rangechanged', p: 'boardForm:board', u: 'boardForm:board',"
                + " params: [{name: 'boardForm:board_startDate', value: 'not a day'}, {name: 'boardForm:board_endDate', value: 'nor this'}]});");

        // The dialog is drawn again by the failure's answer: what was found before it may be gone.
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("failure")).isDisplayed());
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> "failureReload".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertEquals("Something went wrong", browser.findElement(By.id("failure_title")).getText());
        assertTrue(browser.findElement(By.id("failureText")).getText().contains("Nothing was changed."));
    }

    /**
     * Names with markup, a person's and a PMO's, are shown on the board as they were typed: on
     * the bar, in its tooltip and on the row's label. Nothing of them becomes an element of the
     * page, and the browser fetches nothing they name.
     */
    @Test
    void namesWithMarkupAreShownAsTheyWereTyped() throws Exception {
        String person = "<b>Bold</b><img src=/pwned.png><a href=https://evil.example>click</a> \"O'Neil\" & Co"
                + " <script>alert(1)</script>";
        String pmoName = "<i>Italic</i> PMO <img src=/pwned-row.png>";
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(1, pmoName);
        LocalDate start = LocalDate.of(2049, 1, 1);
        fixture.propose(fixture.newPerson(person), pmo, start, 12);
        openBoard("pmo.manager", "?pmo=" + pmo + "&from=2048-10-01&months=24");

        WebElement bar = bar(person);
        assertEquals(List.of(), tagsWithin(bar), "the bar holds the name as text, no element made of it");

        new Actions(browser).moveToElement(bar).perform();
        WebElement tooltip = Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector(".vis-tooltip")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertTrue(text(tooltip).startsWith(person), "the tooltip names the person as typed: " + text(tooltip));
        assertEquals(List.of(), tagsWithin(tooltip), "no element made of the name in the tooltip");

        WebElement row = browser.findElement(By.cssSelector("#boardForm\\:board .vis-label .board-row-pmo[data-pmo='" + pmo + "']"));
        assertEquals(pmoName + " " + pmo, text(row), "the row's label shows the PMO's name as typed");
        assertEquals(List.of(), tagsWithin(row));

        assertEquals(0L, browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (entry) { return entry.name.indexOf('pwned') >= 0; }).length"), "nothing fetched from a name");
    }

    /** The tag names of the elements inside {@code element}. */
    private List<String> tagsWithin(WebElement element) {
        return element.findElements(By.cssSelector("b, i, img, a, script")).stream().map(WebElement::getTagName).toList();
    }

    @Test
    void clickingABarOpensItsRotation() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(LocalDate.of(2053, 1, 1));
        openBoard("leader", "?pmo=" + seat.pmo() + "&from=2052-10-01&months=24");

        bar(seat.secondName()).click();

        Browser.waitUpTo(browser, PATIENCE).until(driver -> driver.getCurrentUrl().contains("/rotations/view.xhtml?id=" + seat.second()));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(seat.secondName()),
                "the rotation page names the person");
    }

    @Test
    void aLeaderReadsTheBoardButCannotMoveABar() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(LocalDate.of(2050, 1, 1));
        String before = BoardFixture.storedPeriod(seat.first());
        openBoard("leader", "?pmo=" + seat.pmo() + "&from=2049-10-01&months=24");
        WebElement bar = bar(seat.firstName());
        assertFalse(bar.getAttribute("class").contains("board-movable"), bar.getAttribute("class"));
        assertTrue(bar.findElements(By.cssSelector(".vis-drag-left, .vis-drag-right")).isEmpty(), "no edges to drag");

        drag(bar, 3);

        assertEquals(before, BoardFixture.storedPeriod(seat.first()), "nothing saved");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ? AND kind = 'RESCHEDULED'", seat.first()));
        assertTrue(browser.findElements(By.cssSelector(".ui-growl-item")).stream().noneMatch(item -> text(item).contains("moved")));
    }

    /**
     * On a phone the bars would be too short to read a name on: the board is its list, seat by
     * seat, open (read from the server as it opens), each rotation with its person, state and
     * dates, and the page does not scroll sideways.
     */
    @Test
    void onAPhoneTheBoardIsAListBySeat() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Browser.signIn(browser, base, "pmo.manager", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/rotations/board.xhtml?tier=ENTERPRISE"));
        WebElement list = Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("details.board-list[open]")).stream()
                        .filter(WebElement::isDisplayed)
                        .filter(open -> !open.findElements(By.cssSelector("tbody tr")).isEmpty()).findFirst().orElse(null));

        assertFalse(browser.findElement(By.cssSelector("#boardForm\\:board")).isDisplayed(), "no timeline of unreadable bars");
        List<WebElement> rows = list.findElements(By.cssSelector("tbody tr"));
        assertFalse(rows.isEmpty(), "the list has the board's rotations and seats");
        assertTrue(rows.stream().anyMatch(row -> !row.findElements(By.cssSelector("a[href*='view.xhtml?id=']")).isEmpty()),
                "a rotation in the list links to its page");
        assertTrue(text(list).contains("PMO analyst"), "each row names its seat: " + text(list));
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        long content = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        Object wide = browser.executeScript("var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + " if (r.right > w + 1 && out.length < 8) { out.push(e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(r.right)); } });"
                + "return out.join(', ');");
        assertTrue(content <= viewport, "no sideways scrolling: content " + content + " px in " + viewport + " px; wider: " + wide);
        assertTrue(browser.findElement(By.id("boardForm:tier")).isDisplayed());
    }

    /**
     * With the keyboard alone: a bar takes the focus, Enter opens the move dialog, a new start and
     * length are typed, and the rotation is saved there with its history; the focus returns to the
     * bar. The board as a list, not on the page until it is opened, then reads the new dates.
     */
    @Test
    void aBarMovesWithTheKeyboard() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(LocalDate.of(2058, 1, 1));
        openBoard("pmo.manager", "?pmo=" + seat.pmo() + "&from=2057-10-01&months=24");
        WebElement bar = bar(seat.firstName());
        assertEquals("0", bar.getAttribute("tabindex"), "the bar is in the tab order");
        assertTrue(bar.getAttribute("aria-label").startsWith(seat.firstName() + ": 2058-01-01 to 2058-12-31, Proposed"),
                "the bar is named for a screen reader: " + bar.getAttribute("aria-label"));

        pressEnterOn(bar);
        WebElement dialog = moveDialog();
        assertTrue(text(dialog).contains("The rotation of " + seat.firstName() + ", 2058-01-01 to 2058-12-31"), text(dialog));
        type("boardForm:moveStart_input", "2058-03-01");
        type("boardForm:moveMonths", "6");
        browser.findElement(By.id("boardForm:confirmMove")).click();
        WebElement refusal = Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#boardForm\\:moveDialog .ui-message-error")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertTrue(text(refusal).contains("DURATION"), "too short a rotation is refused with its rule, in the dialog: " + text(refusal));
        assertEquals("2058-01-01 to 2058-12-31", BoardFixture.storedPeriod(seat.first()), "nothing saved");
        assertEquals("2058-03-01", browser.findElement(By.id("boardForm:moveStart_input")).getAttribute("value"), "what was typed is kept");
        type("boardForm:moveMonths", "13");
        browser.findElement(By.id("boardForm:confirmMove")).click();

        String message = growl();
        assertTrue(message.contains("Rotation of " + seat.firstName() + " moved: now from 2058-03-01 to 2059-03-31."), message);
        assertEquals("2058-03-01 to 2059-03-31", BoardFixture.storedPeriod(seat.first()), "the database holds the new dates");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ? AND kind = 'RESCHEDULED'"
                + " AND actor = 'pmo.manager' AND to_end = DATE '2059-03-31'", seat.first()), "the history has the move");
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id("boardForm:moveDialog")).isDisplayed());
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> String.valueOf(seat.first()).equals(driver.switchTo().activeElement().getAttribute("data-rotation")));

        assertTrue(browser.findElements(By.id("boardForm:rotationList")).isEmpty(), "the list is read only when it is opened");
        browser.findElement(By.cssSelector("details.board-list summary")).sendKeys(Keys.ENTER);
        WebElement list = Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.id("boardForm:rotationList")).stream().filter(WebElement::isDisplayed)
                        .filter(table -> text(table).contains(seat.firstName())).findFirst().orElse(null));
        assertTrue(text(list).contains("2058-03-01") && text(list).contains("2059-03-31"), "the list has the new dates: " + text(list));
    }

    /**
     * Ending an active rotation early from the move dialog needs a reason: without one the dialog
     * stays open and says so next to the field, and nothing is saved.
     */
    @Test
    void endingAnActiveRotationEarlyWithoutAReasonKeepsTheDialogWithItsMessage() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> active = Database.strings("SELECT CAST(r.id AS VARCHAR(20)) || ' ' || p.code || ' ' || CAST(r.planned_end AS VARCHAR(10))"
                + " FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE r.status = 'ACTIVE' AND r.start_date <= ? AND r.planned_end > ?"
                + " ORDER BY r.planned_end DESC, r.id", today, today.plusMonths(4));
        assertFalse(active.isEmpty(), "the demo organisation has rotations under way for months yet");
        String[] chosen = active.get(0).split(" ");
        long id = Long.parseLong(chosen[0]);
        String period = BoardFixture.storedPeriod(id);
        openBoard("pmo.manager", "?pmo=" + chosen[1]);
        WebElement bar = Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#boardForm\\:board .vis-item.board-bar[data-rotation='" + id + "']"))
                        .stream().findFirst().orElse(null));

        pressEnterOn(bar);
        moveDialog();
        type("boardForm:moveLastDay_input", LocalDate.parse(chosen[2]).minusMonths(2).toString());
        browser.findElement(By.id("boardForm:confirmMove")).click();

        WebElement problem = Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#boardForm\\:moveDialog .ui-message-error, #boardForm\\:moveDialog .field-error"))
                        .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertTrue(text(problem).contains("a reason is required"), text(problem));
        assertTrue(moveDialog().isDisplayed(), "the dialog stays open");
        assertEquals(period, BoardFixture.storedPeriod(id), "nothing saved");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ? AND kind = 'CURTAILED'", id));

        browser.findElement(By.id("boardForm:keepPlace")).click();
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id("boardForm:moveDialog")).isDisplayed());
    }

    /** A bar says what needs attention in words: an approved rotation without a return placement has its mark. */
    @Test
    void aBarWithoutAReturnPlacementSaysSo() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(LocalDate.of(2059, 1, 1));
        openBoard("leader", "?pmo=" + seat.pmo() + "&from=2058-10-01&months=24");

        assertEquals(List.of("no return yet"), flags(bar(seat.secondName())), "approved, to end without a return placement");
        assertEquals(List.of(), flags(bar(seat.firstName())), "a proposal has no mark yet");
        assertTrue(bar(seat.secondName()).getAttribute("aria-label").contains("no return yet"), "the mark is in the bar's name too");
    }

    /** Earlier and Later move the period shown by whole months: a quarter for a year shown. */
    @Test
    void earlierAndLaterMoveByWholeMonths() {
        openBoard("leader", "?from=2043-10-01&months=12");
        assertTrue(summary().contains("from 2043-10-01 to 2044-09-30."), summary());
        WebElement later = browser.findElement(By.id("boardForm:later"));
        assertEquals("3 months later \u2192", later.getText());

        later.click();
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> summary().contains("from 2044-01-01 to 2044-12-31."));
        browser.findElement(By.id("boardForm:earlier")).click();
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> summary().contains("from 2043-10-01 to 2044-09-30."));
        browser.findElement(By.id("boardForm:earlier")).click();
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> summary().contains("from 2043-07-01 to 2044-06-30."));
    }

    /** Finding a person marks their bars and says how many were found. */
    @Test
    void findingAPersonMarksTheirBars() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(LocalDate.of(2062, 1, 1));
        openBoard("leader", "?pmo=" + seat.pmo() + "&from=2061-10-01&months=24");

        type("boardForm:find", seat.firstName());
        Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> bar(seat.firstName()).getAttribute("class").contains("board-found"));
        assertTrue(bar(seat.secondName()).getAttribute("class").contains("board-other"), "the others are faded");
        assertTrue(summary().contains("One rotation of a person found."), summary());
    }

    /** A click on an empty seat opens the plan form for that seat and the stretch's first day. */
    @Test
    void clickingAnEmptySeatOpensThePlanFormForIt() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(LocalDate.of(2065, 1, 1));
        openBoard("pmo.manager", "?pmo=" + seat.pmo() + "&from=2065-10-01&months=12");
        WebElement free = Browser.waitUpTo(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#boardForm\\:board .vis-item.vis-background.board-plannable")).stream()
                        .filter(item -> text(item).equals("1 of 1 seat free")).findFirst().orElse(null));

        new Actions(browser).moveToElement(free).click().perform();

        Browser.waitUpTo(browser, PATIENCE).until(driver -> driver.getCurrentUrl().contains("/rotations/schedule.xhtml?"));
        assertTrue(browser.getCurrentUrl().endsWith("pmo=" + seat.pmo() + "&role=PMO_ANALYST&start=2066-01-01"), browser.getCurrentUrl());
        assertEquals(seat.pmo(), new Select(browser.findElement(By.id("schedule:pmo"))).getFirstSelectedOption().getAttribute("value"),
                "the form has the seat's PMO");
        assertEquals("2066-01-01", browser.findElement(By.id("schedule:start_input")).getAttribute("value"), "and its first free day");
    }
}
