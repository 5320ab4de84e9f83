package org.pmorotations.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.pmorotations.service.shared.ServerStop;

/**
 * Not ready once the server is stopping: a load balancer stops sending requests while those in
 * flight finish.
 */
@Readiness
@ApplicationScoped
public class StopHealthCheck implements HealthCheck {

    @Inject
    ServerStop server;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("server").status(!server.isStopping())
                .withData("stopping", server.isStopping()).build();
    }
}
