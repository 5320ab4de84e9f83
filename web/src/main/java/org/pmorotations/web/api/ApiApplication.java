package org.pmorotations.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, JSON under {@code /api}; version 1 under {@code /api/v1}. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
