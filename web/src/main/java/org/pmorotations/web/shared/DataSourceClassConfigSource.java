package org.pmorotations.web.shared;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Supplies {@code DB_DATASOURCE_CLASS} from the kind of {@code DB_URL}, so that an operator
 * configures PostgreSQL with the URL and credentials alone. {@code DB_URL} is read where an
 * operator sets it (environment variable or system property); an explicit
 * {@code DB_DATASOURCE_CLASS} anywhere of higher ordinal still wins.
 *
 * <p>Ordinal 150: above the defaults of {@code microprofile-config.properties} (100), below
 * environment variables (300) and system properties (400).
 */
public class DataSourceClassConfigSource implements ConfigSource {

    static final String KEY = "DB_DATASOURCE_CLASS";
    private static final Map<String, String> CLASS_BY_URL_PREFIX = Map.of(
            "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource",
            "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource");

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!KEY.equals(propertyName)) {
            return null;
        }
        String url = System.getProperty("DB_URL", System.getenv("DB_URL"));
        if (url == null) {
            return CLASS_BY_URL_PREFIX.get("jdbc:h2:");
        }
        return CLASS_BY_URL_PREFIX.entrySet().stream()
                .filter(entry -> url.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "DB_DATASOURCE_CLASS from DB_URL";
    }
}
