package org.pmorotations.web.api;

import org.pmorotations.web.shared.JsonBuilders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pmorotations.web.security.CurrentUser;
import org.pmorotations.domain.security.Role;

/** {@code GET /api/v1/me}: who the caller is and what they may do. */
@Path("v1/me")
@RequestScoped
public class MeResource {

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject me() {
        JsonArrayBuilder roles = JsonBuilders.array();
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
        JsonObjectBuilder me = JsonBuilders.object().add("username", user.getUsername()).add("roles", roles);
        user.employeeNumber().ifPresentOrElse(number -> me.add("employeeNumber", number), () -> me.addNull("employeeNumber"));
        return me.build();
    }
}
