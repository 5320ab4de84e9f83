package org.pmorotations.service.report;


import org.pmorotations.service.shared.DatabaseMigrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;

/** The report figures on an in-memory H2 (the version Payara bundles), schema by the project's migrations. */
class ReportQueriesH2Test extends ReportQueriesContract {

    @Override
    Connection openMigratedSchema() throws Exception {
        String url = "jdbc:h2:mem:report-" + UUID.randomUUID();
        // This connection keeps the in-memory database alive while Flyway and the test use it.
        Connection connection = DriverManager.getConnection(url, "sa", "");
        DatabaseMigrations.flyway("H2").dataSource(url, "sa", "").load().migrate();
        return connection;
    }

    @Override
    void dropSchema(Connection connection) {
        // The in-memory database disappears with its last connection.
    }
}
