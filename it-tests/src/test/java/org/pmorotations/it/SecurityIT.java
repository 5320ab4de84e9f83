package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may open what, and the protections around signing in, over real HTTP against the deployed
 * application with the demo accounts (admin, pmo.manager, leader, staff).
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @ArquillianResource
    URL base;

    /**
     * Every page and endpoint for every role: 200 allowed, 403 refused, 302 to the sign-in form
     * for an anonymous visitor of a page, 401 (no redirect) for an anonymous API call.
     * {@code OWN} stands for the staff account's own employee number, {@code OTHER} for another's.
     */
    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource({
            "/,                               anonymous,   302",
            "/,                               admin,       200",
            "/,                               pmo.manager, 200",
            "/,                               leader,      200",
            "/,                               staff,       200",
            "/staff/view.xhtml?employee=OWN,  anonymous,   302",
            "/staff/view.xhtml?employee=OWN,  admin,       200",
            "/staff/view.xhtml?employee=OWN,  pmo.manager, 200",
            "/staff/view.xhtml?employee=OWN,  leader,      200",
            "/staff/view.xhtml?employee=OWN,  staff,       200",
            "/staff/view.xhtml?employee=OTHER, anonymous,  302",
            "/staff/view.xhtml?employee=OTHER, admin,      200",
            "/staff/view.xhtml?employee=OTHER, pmo.manager, 200",
            "/staff/view.xhtml?employee=OTHER, leader,     200",
            "/staff/view.xhtml?employee=OTHER, staff,      403",
            "/staff/view.xhtml?employee=E99999, staff,     403",
            "/staff/view.xhtml?employee=E99999, leader,    404",
            "/staff/edit.xhtml?employee=OTHER, anonymous,   302",
            "/staff/edit.xhtml?employee=OTHER, admin,       200",
            "/staff/edit.xhtml?employee=OTHER, pmo.manager, 200",
            "/staff/edit.xhtml?employee=OTHER, leader,      403",
            "/staff/edit.xhtml?employee=OTHER, staff,       403",
            "/staff/import.xhtml,              anonymous,   302",
            "/staff/import.xhtml,              admin,       200",
            "/staff/import.xhtml,              pmo.manager, 200",
            "/staff/import.xhtml,              leader,      403",
            "/staff/import.xhtml,              staff,       403",
            "/projects/import.xhtml,           anonymous,   302",
            "/projects/import.xhtml,           admin,       200",
            "/projects/import.xhtml,           pmo.manager, 200",
            "/projects/import.xhtml,           leader,      403",
            "/projects/import.xhtml,           staff,       403",
            "/staff/edit.xhtml?employee=E99999, pmo.manager, 404",
            "/admin/accounts.xhtml,           anonymous,   302",
            "/admin/accounts.xhtml,           admin,       200",
            "/admin/accounts.xhtml,           pmo.manager, 403",
            "/admin/accounts.xhtml,           leader,      403",
            "/admin/accounts.xhtml,           staff,       403",
            "/audit/index.xhtml,              anonymous,   302",
            "/audit/index.xhtml,              admin,       200",
            "/audit/index.xhtml,              pmo.manager, 403",
            "/audit/index.xhtml,              leader,      200",
            "/audit/index.xhtml,              staff,       403",
            "/api/v1/me,                      anonymous,   401",
            "/api/v1/me,                      admin,       200",
            "/api/v1/me,                      pmo.manager, 200",
            "/api/v1/me,                      leader,      200",
            "/api/v1/me,                      staff,       200",
            "/rotations/returns.xhtml,        anonymous,   302",
            "/rotations/returns.xhtml,        admin,       200",
            "/rotations/returns.xhtml,        pmo.manager, 200",
            "/rotations/returns.xhtml,        leader,      200",
            "/rotations/returns.xhtml,        staff,       403",
            "/projects/view.xhtml?code=PROJECT, anonymous, 302",
            "/projects/view.xhtml?code=PROJECT, pmo.manager, 200",
            "/projects/view.xhtml?code=PROJECT, leader,    200",
            "/projects/view.xhtml?code=PROJECT, staff,     403",
            "/projects/view.xhtml?code=NO-SUCH, leader,    404",
            "/api/v1/open-roles,              anonymous,   401",
            "/api/v1/open-roles,              pmo.manager, 200",
            "/api/v1/open-roles,              leader,      200",
            "/api/v1/open-roles,              staff,       403",
            "/api/v1/projects/PROJECT/backfills, leader,   200",
            "/api/v1/projects/PROJECT/backfills, staff,    403",
            "/login.xhtml,                    anonymous,   200",
    })
    void roleMatrix(String path, String role, int expected) throws Exception {
        String resolved = path.replace("=OWN", "=" + ownEmployeeNumber()).replace("=OTHER", "=" + otherEmployeeNumber());
        if (resolved.contains("PROJECT")) {
            resolved = resolved.replace("PROJECT", Database.strings("SELECT MIN(code) FROM project").get(0));
        }
        WebSession session = new WebSession(base);
        HttpResponse<String> response;
        if (resolved.startsWith("/api/")) {
            response = role.equals("anonymous") ? session.get(resolved) : session.getAs(resolved, role, WebSession.DEMO_PASSWORD);
        } else {
            if (!role.equals("anonymous")) {
                assertEquals(302, session.signIn(role, WebSession.DEMO_PASSWORD).statusCode(), "signed in as " + role);
            }
            response = session.get(resolved);
        }
        assertEquals(expected, response.statusCode(), resolved + " as " + role);
        if (expected == 302) {
            assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml?continue="),
                    "sent to the sign-in form");
        }
        if (expected == 401) {
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        if (expected == 403 || expected == 404) {
            assertFalse(response.body().contains("tile-count") || response.body().contains("id=\"employeeNumber\""),
                    "a refused page shows no data");
        }
    }

    @Test
    void signInChangesTheSessionIdAndSignOutEndsTheSession() throws Exception {
        WebSession session = new WebSession(base);
        session.get("/login.xhtml");
        String before = session.sessionId().orElseThrow();
        HttpResponse<String> signedIn = session.signIn("leader", WebSession.DEMO_PASSWORD);
        assertEquals(302, signedIn.statusCode());
        assertNotEquals(before, session.sessionId().orElseThrow(), "a new session id at sign-in");
        assertEquals(200, session.get("/").statusCode());

        HttpResponse<String> signedOut = session.signOut();
        assertEquals(302, signedOut.statusCode());
        assertTrue(signedOut.headers().firstValue("Location").orElse("").contains("/login.xhtml?signedOut=true"));
        assertEquals(302, session.get("/").statusCode(), "signed out: back to the sign-in form");
    }

    @Test
    void wrongPasswordIsRefusedOnTheFormWithAMessage() throws Exception {
        WebSession session = new WebSession(base);
        HttpResponse<String> refused = session.signIn("leader", "not-the-password");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("The user name or password is wrong"), refused.body());
        assertEquals(302, session.get("/").statusCode(), "not signed in");

        HttpResponse<String> accented = session.signIn("núñez.müller", "not-the-password");
        assertTrue(accented.body().contains("value=\"núñez.müller\""), "the typed name comes back intact (UTF-8)");
    }

    @Test
    void repeatedFailuresLockTheAccountAndAreAuditedWithoutThePassword() throws Exception {
        // A name of this run: the audit entries of an earlier run on the same database stay.
        String probe = "lockout." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        try (Connection db = Database.connect()) {
            // A copy of the admin account's password hash under another name: same password, own lockout.
            db.createStatement().executeUpdate("DELETE FROM user_account_role WHERE account_id = -100");
            db.createStatement().executeUpdate("DELETE FROM user_account WHERE id = -100");
            db.createStatement().executeUpdate("INSERT INTO user_account (id, version, username, password_hash, enabled,"
                    + " failed_sign_ins, created_at) SELECT -100, 0, '" + probe + "', password_hash, TRUE, 0, created_at"
                    + " FROM user_account WHERE username = 'admin'");
            db.createStatement().executeUpdate("INSERT INTO user_account_role (account_id, role) VALUES (-100, 'LEADER')");
        }
        WebSession client = new WebSession(base);
        assertEquals(200, client.getAs("/api/v1/me", probe, WebSession.DEMO_PASSWORD).statusCode(), "the probe works");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, client.getAs("/api/v1/me", probe, "wrong-guess-" + attempt).statusCode());
        }
        assertEquals(401, client.getAs("/api/v1/me", probe, WebSession.DEMO_PASSWORD).statusCode(),
                "locked: even the right password is refused for now");
        WebSession form = new WebSession(base);
        assertTrue(form.signIn(probe, WebSession.DEMO_PASSWORD).body().contains("locked"), "the form says why");

        assertEquals(1, Database.count("SELECT COUNT(*) FROM user_account WHERE username = ? AND locked_until IS NOT NULL", probe));
        assertEquals(4, Database.count("SELECT COUNT(*) FROM audit_entry WHERE subject_key = ? AND action = 'SIGN_IN_FAILED'", probe));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE subject_key = ? AND action = 'SIGN_IN_FAILED_LOCKED'", probe));
        assertTrue(Database.count("SELECT COUNT(*) FROM audit_entry WHERE subject_key = ? AND action = 'SIGN_IN_LOCKED'", probe) >= 2);
        assertEquals(0, Database.count("SELECT COUNT(*) FROM audit_entry WHERE after_value LIKE '%wrong-guess%'"
                + " OR before_value LIKE '%wrong-guess%' OR after_value LIKE ?", "%" + WebSession.DEMO_PASSWORD + "%"),
                "no password in the audit log");
    }

    @Test
    void apiRefusesStateChangingRequestsFromAnotherSite() throws Exception {
        WebSession client = new WebSession(base);
        HttpResponse<String> forged = client.send(client.request("/api/v1/me")
                .header("Authorization", WebSession.basic("admin", WebSession.DEMO_PASSWORD))
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b")));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> sameSite = client.send(client.request("/api/v1/me")
                .header("Authorization", WebSession.basic("admin", WebSession.DEMO_PASSWORD))
                .header("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(405, sameSite.statusCode(), "the same site passes the filter (and the resource has no POST)");
    }

    @Test
    void formPostWithoutTheServersViewStateChangesNothing() throws Exception {
        WebSession session = new WebSession(base);
        session.signIn("leader", WebSession.DEMO_PASSWORD);
        String page = session.get("/calendar/index.xhtml").body();
        long links = leadersCalendarLinks();
        Map<String, String> forged = calendarLinkForm("-1234567890:987654321");
        forged.put("primefaces.nonce", WebSession.nonce(page));
        HttpResponse<String> response = session.send(session.request("/calendar/index.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", session.uri("/staff/view.xhtml?employee=E10001").toString())
                .POST(HttpRequest.BodyPublishers.ofString(WebSession.form(forged))));
        assertEquals(302, response.statusCode(), "sent back, not an error page");
        assertEquals("/staff/view.xhtml?employee=E10001", response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""),
                "back to the page the form was on, with its parameters");
        HttpResponse<String> back = session.get("/staff/view.xhtml?employee=E10001");
        assertEquals(200, back.statusCode());
        assertTrue(back.body().contains("Your page expired") && back.body().contains("was not carried out"),
                "the page says the form was refused and nothing was done");
        assertEquals(links, leadersCalendarLinks(), "nothing was made");
        assertEquals(200, session.get("/").statusCode(), "still signed in");
    }

    @Test
    void forgedFormPostFromAnotherSiteIsRefused() throws Exception {
        WebSession session = new WebSession(base);
        session.signIn("leader", WebSession.DEMO_PASSWORD);
        String page = session.get("/calendar/index.xhtml").body();
        long links = leadersCalendarLinks();
        // As a browser sends another site's form: it names that site. Even with the page's own view
        // state and nonce (which another site cannot know) the post is refused before it is read.
        Map<String, String> form = calendarLinkForm(WebSession.viewState(page));
        form.put("primefaces.nonce", WebSession.nonce(page));
        HttpResponse<String> response = session.send(session.request("/calendar/index.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(WebSession.form(form))));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Not allowed"), "the friendly page: " + response.body());
        assertFalse(Pattern.compile("\\bat [\\w.$]+\\([\\w.]+\\.java:\\d+\\)").matcher(response.body()).find(), "no stack trace");
        assertEquals(links, leadersCalendarLinks(), "nothing was made");
        assertEquals(200, session.get("/").statusCode(), "still signed in");

        HttpResponse<String> sameSite = session.send(session.request("/calendar/index.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort())
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(WebSession.form(form))));
        assertEquals(200, sameSite.statusCode(), "the page's own post is taken");
        assertEquals(links + 1, leadersCalendarLinks(), "and makes the link");
    }

    @Test
    void aFormSentAfterTheSessionEndedLeadsToSignInAndBackToThePage() throws Exception {
        WebSession session = new WebSession(base);
        session.signIn("leader", WebSession.DEMO_PASSWORD);
        String page = session.get("/calendar/index.xhtml").body();
        String oldSession = session.sessionId().orElseThrow();
        session.signOut();
        long links = leadersCalendarLinks();
        WebSession stale = WebSession.withSession(base, oldSession);
        Map<String, String> form = calendarLinkForm(WebSession.viewState(page));
        form.put("primefaces.nonce", WebSession.nonce(page));
        HttpResponse<String> full = stale.send(stale.request("/calendar/index.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", stale.uri("/calendar/index.xhtml?from=menu").toString())
                .POST(HttpRequest.BodyPublishers.ofString(WebSession.form(form))));
        assertEquals(302, full.statusCode());
        String signIn = full.headers().firstValue("Location").orElse("");
        assertTrue(signIn.contains("/login.xhtml?continue=%2Fcalendar%2Findex.xhtml%3Ffrom%3Dmenu&expired=true"),
                "to sign in, then back to the page the form was on: " + signIn);
        String signInPage = stale.get(signIn.replaceFirst("^https?://[^/]+", "")).body();
        assertTrue(signInPage.contains("Your session ended"), "the sign-in page says why");

        HttpResponse<String> ajax = stale.send(stale.request("/calendar/index.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .header("Referer", stale.uri("/calendar/index.xhtml").toString())
                .POST(HttpRequest.BodyPublishers.ofString(WebSession.form(form) + "&jakarta.faces.partial.ajax=true")));
        assertEquals(200, ajax.statusCode(), "an Ajax request gets an answer its page follows");
        assertTrue(ajax.body().contains("<partial-response><redirect url=\"/login.xhtml?continue=%2Fcalendar%2Findex.xhtml&amp;expired=true\"/>"),
                ajax.body());
        assertEquals(links, leadersCalendarLinks(), "nothing was made");

        HttpResponse<String> signedIn = stale.signIn("leader", WebSession.DEMO_PASSWORD, "/calendar/index.xhtml?from=menu");
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/calendar/index.xhtml?from=menu"),
                "signed in again, back on the page");
    }

    @Test
    void signOutWorksOnEveryPageTheRefusedOneIncluded() throws Exception {
        WebSession session = new WebSession(base);
        session.signIn("staff", WebSession.DEMO_PASSWORD);
        HttpResponse<String> refused = session.get("/admin/accounts.xhtml");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("action=\"/signout\""), "the refused page has the sign-out button");
        HttpResponse<String> signedOut = session.signOut();
        assertEquals(302, signedOut.statusCode());
        assertTrue(signedOut.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?signedOut=true"));
        assertEquals(302, session.get("/").statusCode(), "signed out");
        assertEquals(405, session.get("/signout").statusCode(), "a link cannot sign anyone out");

        WebSession other = new WebSession(base);
        other.signIn("staff", WebSession.DEMO_PASSWORD);
        HttpResponse<String> crossSite = other.send(other.request("/signout").header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")));
        assertEquals(403, crossSite.statusCode(), "another site cannot sign anyone out");
        assertEquals(200, other.get("/").statusCode(), "still signed in");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "/rotations/view.xhtml?id=abc | 404 | Page not found",
            "/rotations/view.xhtml?id=99999999999999999999 | 404 | Page not found",
            "/rotations/view.xhtml?id=-1 | 404 | Page not found",
            "/rotations/view.xhtml?id= | 404 | Page not found",
            "/staff/view.xhtml?employee=%3Cb%3E | 404 | Page not found",
            "/pmos/edit.xhtml?code=NO-SUCH-PMO | 404 | Page not found",
            "/reports/dashboard.xhtml?asOf=2027-02-30 | 400 | As of: “2027-02-30” is not a day of the calendar",
            "/reports/dashboard.xhtml?asOf=abc | 400 | As of: “abc” is not a day of the calendar",
            "/reports/at-risk.xhtml?asOf=%2B999999999-12-31 | 400 | As of: “+999999999-12-31” is outside the years 1900 to 9999",
            "/reports/bench.xhtml?asOf=10000-01-01 | 400 | As of: “10000-01-01” is not a day of the calendar",
            "/reports/bench.xhtml?asOf=0999-01-01 | 400 | As of: “0999-01-01” is outside the years 1900 to 9999",
            "/reports/bench.xhtml?tier=NOT_A_TIER | 400 | PMO tier: “NOT_A_TIER” is not one of the choices",
            "/rotations/index.xhtml?status=FOO&activeOn=2027-13-01 | 400 | Status: “FOO” is not one of the choices",
            "/rotations/index.xhtml?status=FOO&activeOn=2027-13-01 | 400 | Holding a seat on: “2027-13-01” is not a day of the calendar",
            "/rotations/index.xhtml?returnMonths=abc | 400 | Months back in projects: “abc” is not a whole number",
            "/staff/index.xhtml?size=99999999999 | 400 | Rows per page: “99999999999” is not a whole number",
            "/staff/index.xhtml?rotated=perhaps | 400 | Rotated: “perhaps” is not one of the choices (true, false)",
            "/rotations/board.xhtml?from=2027-02-30 | 400 | Board from: “2027-02-30” is not a day of the calendar",
            "/rotations/board.xhtml?months=7 | 400 | Months shown: “7” is not one of the choices (3, 6, 12, 24, 60)",
            "/rotations/board.xhtml?months=twelve | 400 | Months shown: “twelve” is not a whole number",
            "/rotations/board.xhtml?tier=NOT_A_TIER | 400 | PMO tier: “NOT_A_TIER” is not one of the choices",
            "/rotations/board.xhtml?page=0 | 400 | Page of PMOs: 1 or more is required",
            "/rotations/board.xhtml?page=-3&months=abc | 400 | Months shown: “abc” is not a whole number",
            "/pmos/edit.xhtml?code=A%2CB%22C | 404 | Page not found",
            "/pmos/edit.xhtml?code=%00 | 400 | holds an invisible control character (U+0000) at position 1",
            "/reports/dashboard.xhtml?department=Fin%00ance | 400 | holds an invisible control character (U+0000) at position 4",
            "/staff/index.xhtml?q=%1B | 400 | holds an invisible control character (U+001B) at position 1",
    })
    void malformedAddressesAnswer404Or400NamingTheParameter(String path, int status, String says) throws Exception {
        WebSession session = new WebSession(base);
        session.signIn("admin", WebSession.DEMO_PASSWORD);
        HttpResponse<String> response = session.get(path);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(says), "the page says: " + says + "\n" + response.body());
        assertFalse(response.body().contains("Something went wrong"), "never the page of a failure");
    }

    /** The page asked for before signing in may hold anything; the way back to it is a valid address all the same. */
    @Test
    void afterSigningInTheWayBackIsAValidAddressWhateverThePageAskedForHolds() throws Exception {
        WebSession session = new WebSession(base);
        HttpResponse<String> signedIn = session.signIn("admin", WebSession.DEMO_PASSWORD, "/pmos/edit.xhtml?code=A,B\"C <\u00f6>");
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/pmos/edit.xhtml?code=A,B%22C%20%3C%C3%B6%3E"), location);
        java.net.URI back = java.net.URI.create(location);
        HttpResponse<String> page = session.get(back.getRawPath() + "?" + back.getRawQuery());
        assertEquals(404, page.statusCode(), "no PMO has that code");
        assertTrue(page.body().contains("Page not found"), page.body());
    }

    @Test
    void theIconIsServedToEveryone() throws Exception {
        WebSession session = new WebSession(base);
        HttpResponse<String> anonymous = session.get("/favicon.ico");
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("image/"), anonymous.headers().map().toString());
        session.signIn("staff", WebSession.DEMO_PASSWORD);
        assertEquals(200, session.get("/favicon.ico").statusCode(), "signed in too");
        assertTrue(session.get("/").body().contains("<link rel=\"icon\" href=\"/favicon.ico\""), "the pages name it");
    }

    @Test
    void refusedApiRequestsCarryTheSecurityHeadersToo() throws Exception {
        WebSession client = new WebSession(base);
        for (HttpResponse<String> refused : List.of(client.get("/api/v1/me"), client.getAs("/api/v1/me", "leader", "wrong-password"))) {
            assertEquals(401, refused.statusCode());
            assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("DENY", refused.headers().firstValue("X-Frame-Options").orElse(""));
            assertTrue(refused.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
            assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElse(""));
        }
        HttpResponse<String> toSignIn = client.get("/staff/mine.xhtml");
        assertEquals(302, toSignIn.statusCode());
        assertEquals("nosniff", toSignIn.headers().firstValue("X-Content-Type-Options").orElse(""), "the redirect to sign in too");
    }

    @Test
    void aUserNameWithControlCharactersIsRefusedLikeAWrongPassword() throws Exception {
        WebSession client = new WebSession(base);
        for (String name : List.of("admin\u0000", "ad\u0000min", "\u0007")) {
            HttpResponse<String> api = client.getAs("/api/v1/me", name, WebSession.DEMO_PASSWORD);
            assertEquals(401, api.statusCode(), "API, " + name.chars().boxed().toList() + ": " + api.body());
            assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            HttpResponse<String> form = new WebSession(base).signIn(name, WebSession.DEMO_PASSWORD);
            assertEquals(200, form.statusCode(), "the form, " + name.chars().boxed().toList());
            assertTrue(form.body().contains("The user name or password is wrong"), form.body());
        }
    }

    /** The calendar page's "link to a PMO's rotations" form, as the page sends it. */
    private static Map<String, String> calendarLinkForm(String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("calendarForm", "calendarForm");
        form.put("calendarForm:pmoCode", "OPS-PMO");
        form.put("calendarForm:createPmo", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static long leadersCalendarLinks() throws Exception {
        return Database.count("SELECT COUNT(*) FROM calendar_feed WHERE owner = 'leader'");
    }

    @Test
    void responsesCarryTheSecurityHeadersAndTheCookieIsProtected() throws Exception {
        WebSession session = new WebSession(base);
        HttpResponse<String> page = session.get("/login.xhtml");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(page.body().contains("<script>") && !page.body().contains("nonce="), "every inline script carries the nonce");

        HttpResponse<String> api = session.getAs("/api/v1/me", "leader", WebSession.DEMO_PASSWORD);
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aNameWithMarkupIsShownAsText() throws Exception {
        String number = otherEmployeeNumber();
        String original = Database.strings("SELECT full_name FROM staff WHERE employee_number = ?", number).get(0);
        try {
            rename(number, "<script>alert(1)</script>");
            WebSession session = new WebSession(base);
            session.signIn("leader", WebSession.DEMO_PASSWORD);
            String page = session.get("/staff/view.xhtml?employee=" + number).body();
            assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped on the page");
            assertFalse(page.contains("<script>alert(1)</script>"), "never as markup");
        } finally {
            rename(number, original);
        }
    }

    @Test
    void demoAccountsAndSignInsAreAudited() throws Exception {
        assertEquals(4, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNT_CREATED' AND actor = 'system'"
                + " AND subject_key IN ('admin', 'pmo.manager', 'leader', 'staff')"));
        long before = Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN' AND subject_key = 'pmo.manager'");
        new WebSession(base).signIn("pmo.manager", WebSession.DEMO_PASSWORD);
        assertEquals(before + 1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN' AND subject_key = 'pmo.manager'"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM user_account WHERE password_hash NOT LIKE 'PBKDF2WithHmacSHA256:%'"),
                "only PBKDF2 hashes are stored");
    }

    /**
     * Sixteen people sign in at the same moment (several on one account, as with two tabs) and
     * work side by side: every sign-in succeeds and no request of a signed-in person is refused.
     * (Concurrent sign-ins of one account once failed on the account's version, and requests of
     * a remembered caller once lost their roles under concurrency: 403s.)
     */
    @Test
    void peopleSignedInAtTheSameMomentKeepTheirRoles() throws Exception {
        List<String> users = List.of("leader", "pmo.manager", "admin");
        int clients = 16;
        int calls = 20;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CyclicBarrier together = new CyclicBarrier(clients);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                String user = users.get(client % users.size());
                results.add(pool.submit(() -> {
                    List<String> refused = new ArrayList<>();
                    WebSession session = new WebSession(base);
                    session.get("/login.xhtml");
                    together.await();
                    HttpResponse<String> signedIn = session.signIn(user, WebSession.DEMO_PASSWORD);
                    if (signedIn.statusCode() != 302) {
                        refused.add(user + " sign-in: " + signedIn.statusCode());
                        return refused;
                    }
                    for (int call = 0; call < calls; call++) {
                        String path = call % 2 == 0 ? "/api/v1/me" : "/staff/index.xhtml?size=10";
                        HttpResponse<String> answer = session.get(path);
                        if (answer.statusCode() != 200) {
                            refused.add(user + " " + path + ": " + answer.statusCode());
                        }
                    }
                    return refused;
                }));
            }
            List<String> refused = new ArrayList<>();
            for (Future<List<String>> result : results) {
                refused.addAll(result.get(5, TimeUnit.MINUTES));
            }
            assertEquals(List.of(), refused, "refused of " + clients * (calls + 1) + " requests");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void rename(String employeeNumber, String name) throws Exception {
        try (Connection db = Database.connect();
             PreparedStatement update = db.prepareStatement("UPDATE staff SET full_name = ? WHERE employee_number = ?")) {
            update.setString(1, name);
            update.setString(2, employeeNumber);
            assertEquals(1, update.executeUpdate());
        }
    }

    static String ownEmployeeNumber() throws Exception {
        return Database.strings("SELECT s.employee_number FROM user_account a JOIN staff s ON s.id = a.staff_id"
                + " WHERE a.username = 'staff'").get(0);
    }

    static String otherEmployeeNumber() throws Exception {
        List<String> others = Database.strings("SELECT employee_number FROM staff WHERE employee_number <> ? ORDER BY employee_number DESC",
                ownEmployeeNumber());
        return others.get(0);
    }
}
