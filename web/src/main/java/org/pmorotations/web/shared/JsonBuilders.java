package org.pmorotations.web.shared;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.util.Collection;
import java.util.Map;

/**
 * JSON-P builders from one provider, looked up once. {@code JsonBuilders.object()} asks
 * {@code JsonProvider.provider()} on every call, which searches the class path through the
 * service loader: on Payara that is a scan of the application's and the server's jars, about
 * 8 ms for an API call that builds two objects, and most of the time of a report summary that
 * builds thousands. The factory is thread-safe and holds no configuration.
 */
public final class JsonBuilders {

    private static final JsonBuilderFactory FACTORY = JsonProvider.provider().createBuilderFactory(Map.of());

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }

    public static JsonArrayBuilder array(Collection<?> values) {
        return FACTORY.createArrayBuilder(values);
    }
}
