package org.pmorotations.web.api;

import jakarta.annotation.security.RolesAllowed;

import org.pmorotations.domain.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.pmorotations.service.pmo.PmoService;

import java.util.List;

/** PMOs under {@code /api/v1/pmos}: {code, name, tier, seats: {PMO_ANALYST, PMO_MANAGER}, opens, closes, version}. */
@Path("v1/pmos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PmoResource {

    @Inject
    PmoService pmos;

    @GET
    public List<PmoJson> list() {
        return pmos.list().stream().map(PmoJson::of).toList();
    }

    @GET
    @Path("{code}")
    public PmoJson one(@PathParam("code") String code) {
        return PmoJson.of(pmos.get(code));
    }

    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response create(PmoInput input, @Context UriInfo uri) {
        Pmo pmo = pmos.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(pmo.getCode()).build()).entity(PmoJson.of(pmo)).build();
    }

    @Transactional
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public PmoJson update(@PathParam("code") String code, PmoInput input) {
        return PmoJson.of(pmos.update(code, input));
    }
}
