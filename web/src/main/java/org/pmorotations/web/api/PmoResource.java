package org.pmorotations.web.api;

import jakarta.annotation.security.RolesAllowed;

import org.pmorotations.domain.security.Role;
import org.pmorotations.web.shared.JsonBuilders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.transaction.Transactional;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.service.pmo.PmoInput;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.service.pmo.PmoService;

/** PMOs under {@code /api/v1/pmos}: {code, name, tier, seats: {PMO_ANALYST, PMO_MANAGER}, opens, closes, version}. */
@Path("v1/pmos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PmoResource {

    @Inject
    PmoService pmos;

    @GET
    public JsonArray list() {
        JsonArrayBuilder items = JsonBuilders.array();
        pmos.list().forEach(pmo -> items.add(json(pmo)));
        return items.build();
    }

    @GET
    @Path("{code}")
    public JsonObject one(@PathParam("code") String code) {
        return json(pmos.get(code));
    }

    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response create(PmoInput input, @Context UriInfo uri) {
        Pmo pmo = pmos.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(pmo.getCode()).build()).entity(json(pmo)).build();
    }

    @Transactional
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public JsonObject update(@PathParam("code") String code, PmoInput input) {
        return json(pmos.update(code, input));
    }

    static JsonObject json(Pmo pmo) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("code", pmo.getCode())
                .add("name", pmo.getName())
                .add("tier", pmo.getTier().name())
                .add("seats", JsonBuilders.object()
                        .add(PmoRole.PMO_ANALYST.name(), pmo.seatsFor(PmoRole.PMO_ANALYST))
                        .add(PmoRole.PMO_MANAGER.name(), pmo.seatsFor(PmoRole.PMO_MANAGER)))
                .add("opens", pmo.getActivePeriod().start().toString());
        pmo.getActivePeriod().end().ifPresentOrElse(end -> json.add("closes", end.toString()), () -> json.addNull("closes"));
        return json.add("version", pmo.getVersion()).build();
    }
}
