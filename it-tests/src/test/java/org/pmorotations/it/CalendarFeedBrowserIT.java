package org.pmorotations.it;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calendar links as a user makes them, read as a calendar application reads them (ical4j, no
 * sign-in), and refused once revoked.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
class CalendarFeedBrowserIT {

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @Test
    void aStaffMemberSubscribesToTheirOwnRotationsAndRevokesTheLink() throws Exception {
        String own = SecurityIT.ownEmployeeNumber();
        Browser.signIn(browser, base, "staff", WebSession.DEMO_PASSWORD);
        browser.findElement(By.linkText("Calendar")).click();
        browser.findElement(By.id("calendarForm:createOwn")).click();
        String address = Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:address"))).getAttribute("value");
        assertTrue(address.matches(".*/ical/[A-Za-z0-9_-]{43}\\.ics"), address);

        HttpResponse<String> feed = fetch(address);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        long expected = 2 * Database.count("SELECT COUNT(*) FROM rotation r JOIN staff s ON s.id = r.staff_id"
                + " WHERE s.employee_number = ? AND r.status <> 'CANCELLED'", own)
                + Database.count("SELECT COUNT(*) FROM rotation r JOIN staff s ON s.id = r.staff_id"
                + " WHERE s.employee_number = ? AND r.status <> 'CANCELLED' AND r.return_placement_id IS NOT NULL", own);
        assertTrue(expected >= 2, "the demo staff account has a rotation");
        assertEquals(expected, events.size(), "a start and an end per rotation, and each return");
        String name = Database.strings("SELECT full_name FROM staff WHERE employee_number = ?", own).get(0);
        assertTrue(events.stream().allMatch(event -> event.getSummary().getValue().contains(name)), "only their own dates");

        browser.findElement(By.cssSelector("button[id$=':revoke']")).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$=':status']"), "Revoked"));
        assertEquals(404, fetch(address).statusCode(), "a revoked link gives nothing");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CALENDAR_LINK_REVOKED' AND actor = 'staff'"));
    }

    @Test
    void aLeaderSubscribesToAPmoAndAGuessedLinkGivesNothing() throws Exception {
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/calendar/index.xhtml"));
        new Select(browser.findElement(By.id("calendarForm:pmoCode"))).selectByValue("FIN-PMO");
        browser.findElement(By.id("calendarForm:createPmo")).click();
        String address = Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:address"))).getAttribute("value");
        Calendar calendar = new CalendarBuilder().build(new StringReader(fetch(address).body()));
        long rotations = Database.count("SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id"
                + " WHERE p.code = 'FIN-PMO' AND r.status <> 'CANCELLED'");
        long starts = calendar.getComponents(Component.VEVENT).stream()
                .filter(event -> ((VEvent) event).getSummary().getValue().startsWith("Rotation starts:")).count();
        assertEquals(rotations, starts, "one start per rotation of the PMO");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM calendar_feed WHERE owner = 'leader' AND kind = 'PMO' AND subject = 'FIN-PMO'"
                + " AND revoked_at IS NULL"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM calendar_feed WHERE token_hash = ?", address.replaceAll(".*/ical/|\\.ics", "")),
                "only a hash of the secret is stored");

        assertEquals(404, fetch(address.replaceAll("/ical/.*", "/ical/" + "A".repeat(43) + ".ics")).statusCode());
        assertEquals(404, fetch(address.replaceAll("\\.ics$", "")).statusCode(), "the address ends in .ics");
    }

    @Test
    void longLinesAreFoldedAt75OctetsAndReadBackAsTyped() throws Exception {
        String name = "Ренé Müller-Þórsdóttir 😀 " + "Łukasz Žemaitė ".repeat(4).strip();
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(1, "Zürich Ωmega");
        fixture.propose(fixture.newPerson(name), pmo, LocalDate.of(2047, 1, 1), 12);
        Browser.signIn(browser, base, "leader", WebSession.DEMO_PASSWORD);
        browser.get(Browser.page(base, "/calendar/index.xhtml"));
        new Select(browser.findElement(By.id("calendarForm:pmoCode"))).selectByValue(pmo);
        browser.findElement(By.id("calendarForm:createPmo")).click();
        String address = Browser.waitUpTo(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:address"))).getAttribute("value");

        HttpResponse<byte[]> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(feed.body(), StandardCharsets.UTF_8);
        List<String> lines = List.of(body.split("\r\n"));
        assertTrue(body.endsWith("\r\n") && !body.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        List<String> tooLong = lines.stream().filter(line -> line.getBytes(StandardCharsets.UTF_8).length > 75).toList();
        assertEquals(List.of(), tooLong, "RFC 5545: no line longer than 75 octets");
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(" ")), "the long summary is folded");
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        assertTrue(calendar.getComponents(Component.VEVENT).stream()
                        .anyMatch(event -> ((VEvent) event).getSummary().getValue().equals("Rotation starts: " + name + ", Zürich Ωmega " + pmo + ", pmo analyst")),
                "a calendar application reads the name back as typed: " + body);
    }

    /** As a calendar application fetches it: no session, no credentials. */
    private static HttpResponse<String> fetch(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
