package org.pmorotations.web.api;

import java.time.Clock;
import jakarta.annotation.security.RolesAllowed;

import org.pmorotations.domain.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.transaction.Transactional;
import org.pmorotations.service.rotation.DailyJobResult;
import org.pmorotations.service.rotation.RotationDailyJob;


import java.time.LocalDate;

/** {@code POST /api/v1/jobs/daily?asOf=}: runs the daily rotation job now (ADMIN), e.g. after an outage. */
@Path("v1/jobs/daily")
@RequestScoped
public class JobResource {

    @Inject
    RotationDailyJob job;

    @Inject
    Clock clock;

    @Transactional
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public DailyJobJson run(@QueryParam("asOf") String asOf) {
        LocalDate day = QueryParameters.date("asOf", asOf);
        DailyJobResult result = job.runAsAdministrator(day == null ? LocalDate.now(clock) : day);
        return new DailyJobJson(result.asOf(), result.activated(), result.returnsConfirmed(), result.completed(),
                result.flaggedOverdue());
    }

    /** What a run changed, as of its day. */
    public record DailyJobJson(LocalDate asOf, int activated, int returnsConfirmed, int completed, int flaggedOverdue) {
    }
}
