package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pmorotations.web.security.CurrentUser;
import org.pmorotations.domain.security.Role;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/v1/me}: who the caller is and what they may do. */
@Tag(name = "staff")
@Path("v1/me")
@RequestScoped
public class MeResource {

    @Inject
    CurrentUser user;

    @Operation(summary = "The caller, their roles and employee number.")
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The caller.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeJson.class), example = "{\"username\": \"pmo.manager\", \"roles\": [\"PMO_MANAGER\"], \"employeeNumber\": null}")),
            @APIResponse(responseCode = "401", description = "Not signed in.")})
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public MeJson me() {
        List<String> roles = new ArrayList<>();
        if (user.isAdmin()) {
            roles.add(Role.ADMIN_NAME);
        }
        if (user.isPmoManager()) {
            roles.add(Role.PMO_MANAGER_NAME);
        }
        if (user.isLeader()) {
            roles.add(Role.LEADER_NAME);
        }
        if (user.isStaff()) {
            roles.add(Role.STAFF_NAME);
        }
        return new MeJson(user.getUsername(), roles, user.employeeNumber().orElse(null));
    }

    /** The caller: their user name, roles and, for staff, employee number (null for the others). */
    public record MeJson(String username, List<String> roles, String employeeNumber) {
    }
}
