package org.pmorotations.shared;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source, read from MicroProfile Config when the application is
 * deployed ({@code ${MPCONFIG=...}} is Payara's substitution): {@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD} and {@code DB_DATASOURCE_CLASS}, environment variables winning over the
 * defaults of {@code META-INF/microprofile-config.properties} (an H2 file under {@code DATA_DIR}).
 *
 * <p>An application-level data source rather than Micro's default one: that one lives in a
 * temporary folder unless Micro is given a fixed root, and then data would be lost between runs.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "${MPCONFIG=DB_DATASOURCE_CLASS}",
        url = "${MPCONFIG=DB_URL}",
        user = "${MPCONFIG=DB_USER}",
        password = "${MPCONFIG=DB_PASSWORD}",
        minPoolSize = 2,
        initialPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300)
@Singleton
public class DataSourceConfiguration {
}
