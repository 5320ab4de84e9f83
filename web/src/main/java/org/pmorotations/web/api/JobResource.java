package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "rotations")
@Path("v1/jobs/daily")
@RequestScoped
public class JobResource {

    @Inject
    RotationDailyJob job;

    @Inject
    Clock clock;

    @Operation(summary = "Run the daily job now (ADMIN); it also runs every night. Activates approved rotations whose start has come, confirms returns whose start has come, completes ended rotations with a confirmed return and flags the rest overdue. Safe to run twice.")
    @Parameter(name = "asOf", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, format = "date"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "What the run changed.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DailyJobJson.class), example = "{\"asOf\": \"2026-11-25\", \"activated\": 1, \"returnsConfirmed\": 0, \"completed\": 2, \"flaggedOverdue\": 1}")),
            @APIResponse(responseCode = "403", ref = "Forbidden")})
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
