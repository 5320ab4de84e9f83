package org.pmorotations.it;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second instance of the application started on the database the first one is serving, as an
 * operator does to scale out or to restart: on a database that holds data it applies no
 * migration, loads no demo organisation and creates no account, and both instances then serve
 * the same data. Runs once on H2 and once on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class SecondInstanceIT {

    /** What a start may not add to; the daily job's history events are counted apart. */
    private static final String[] TABLES = {"staff", "pmo", "project", "project_role", "rotation",
            "rotation_event WHERE actor <> 'system'", "user_account", "\"flyway_schema_history\""};

    @ArquillianResource
    URL base;

    @ArquillianResource
    Deployer deployer;

    /**
     * Also: the daily job's run of the day is done at a start that finds it undone, as after a
     * server killed during the run (its changes and its row are one transaction, so the kill left
     * neither), and done once.
     */
    @Test
    void startsOnADatabaseThatHoldsDataWithoutAddingToIt() throws Exception {
        assertTrue(Database.count("SELECT COUNT(*) FROM daily_job_run") >= 1, "the first start did its day's run of the daily job");
        LocalDate today = LocalDate.now();
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(1);
        long due = fixture.propose(fixture.candidate(pmo, today, 12, List.of()), pmo, today, 12).getJsonNumber("id").longValue();
        fixture.approve(due);
        try (Connection db = Database.connect(); PreparedStatement undone = db.prepareStatement(
                "DELETE FROM daily_job_run WHERE as_of = ?")) {
            undone.setObject(1, today);
            undone.executeUpdate();
        }
        long[] before = counts();
        assertEquals(200, Database.count(FoundationIT.DEMO_STAFF), "one demo organisation before the second start");

        deployer.deploy(Deployments.SECOND_INSTANCE);
        try {
            URL second = URI.create("http://localhost:" + Integer.getInteger("it.secondPort") + "/").toURL();
            HttpResponse<String> ready = new WebSession(second).get("/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertEquals("UP", BoardFixture.json(ready.body()).getString("status"));

            assertArrayEqualsCounts(before, counts());
            assertEquals(200, Database.count(FoundationIT.DEMO_STAFF), "still one demo organisation after the second start");
            assertEquals(1, Database.count("SELECT COUNT(*) FROM daily_job_run WHERE as_of = ?", today), "the day's run, once");
            assertEquals(List.of("ACTIVE"), Database.strings("SELECT status FROM rotation WHERE id = ?", due),
                    "the rotation starting today was started by the day's run");
            assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ? AND kind = 'ACTIVATED'", due));

            // The demo accounts made by the first start sign in on the second instance, which reads the same figures.
            WebSession leader = new WebSession(second);
            assertEquals(302, leader.signIn("leader", WebSession.DEMO_PASSWORD).statusCode(), "the first start's accounts");
            String page = leader.get("/").body();
            Database.HomeCounts expected = Database.HomeCounts.read(LocalDate.now());
            assertEquals(expected.staff(), FoundationIT.tile(page, "staff"));
            assertEquals(expected.activeRotations(), FoundationIT.tile(page, "active-rotations"));
        } finally {
            deployer.undeploy(Deployments.SECOND_INSTANCE);
        }

        HttpResponse<String> first = new WebSession(base).get("/health/ready");
        assertEquals(200, first.statusCode(), "the first instance served on through the second's start and stop: " + first.body());
    }

    private static long[] counts() throws Exception {
        long[] counts = new long[TABLES.length];
        for (int i = 0; i < TABLES.length; i++) {
            counts[i] = Database.count("SELECT COUNT(*) FROM " + TABLES[i]);
        }
        return counts;
    }

    private static void assertArrayEqualsCounts(long[] before, long[] after) {
        for (int i = 0; i < TABLES.length; i++) {
            assertEquals(before[i], after[i], "rows of " + TABLES[i] + " after the second instance started");
        }
    }
}
