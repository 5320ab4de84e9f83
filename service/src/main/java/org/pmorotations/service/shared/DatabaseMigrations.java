package org.pmorotations.service.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema to the version this build expects before anything else touches the
 * database: Flyway applies the scripts of {@code db/migration} (service module), which run
 * unchanged on H2 and PostgreSQL, and on PostgreSQL those of {@code db/postgresql} too (its
 * change counters; see {@link #flyway}). A failed migration fails the deployment, so the
 * application never serves on a schema it does not know.
 *
 * <p>Bean-managed transactions: Flyway commits each migration itself, which a container
 * transaction around it would forbid.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/pmo";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private String databaseProduct;
    private String schemaVersion;

    @PostConstruct
    void migrate() {
        databaseProduct = readDatabaseProduct();
        MigrateResult result = flyway(databaseProduct).dataSource(dataSource).load().migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database " + databaseProduct + ": " + result.migrationsExecuted
                + " migration(s) applied, schema at version " + schemaVersion);
    }

    /**
     * Flyway with the migrations for {@code databaseProduct} (as JDBC names it: "H2",
     * "PostgreSQL"): the common ones ({@code db/migration}) and the product's own
     * ({@code db/postgresql}, {@code db/h2}). Versions are one sequence across the folders; a
     * version may be in both products' folders, written for each. Everything that creates the
     * schema (the application, the large organisation's generator, the tests) configures Flyway here.
     */
    public static FluentConfiguration flyway(String databaseProduct) {
        FluentConfiguration configuration = Flyway.configure(DatabaseMigrations.class.getClassLoader());
        return isPostgreSql(databaseProduct)
                ? configuration.locations("classpath:db/migration", "classpath:db/postgresql")
                : configuration.locations("classpath:db/migration", "classpath:db/h2");
    }

    public static boolean isPostgreSql(String databaseProduct) {
        return "PostgreSQL".equalsIgnoreCase(databaseProduct);
    }

    private String readDatabaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** The database's product name, e.g. "H2" or "PostgreSQL". */
    public String databaseProduct() {
        return databaseProduct;
    }

    public boolean isEmbedded() {
        return "H2".equalsIgnoreCase(databaseProduct);
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
