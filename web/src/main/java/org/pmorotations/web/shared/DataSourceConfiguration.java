package org.pmorotations.web.shared;

import org.pmorotations.service.shared.DatabaseMigrations;

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
 *
 * <p>Connections heal: the pool checks each connection before handing it out
 * ({@code Connection.isValid}, one round trip) and, when one has died (the database restarted,
 * the network dropped it), closes every other one too, so that the request after a restart gets
 * a fresh connection instead of the dead ones of the old server. A request waits at most 5
 * seconds for a connection and a statement runs at most 30 seconds; logging in to the database
 * gives up after 10 seconds. During an outage the requests then fail fast and answer 503
 * ({@link Outage}).
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
        maxIdleTime = 300,
        loginTimeout = 10,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=5000",
                "fish.payara.statement-timeout-in-seconds=30"
        })
@Singleton
public class DataSourceConfiguration {
}
