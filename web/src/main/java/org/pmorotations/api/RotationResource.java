package org.pmorotations.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pmorotations.rotation.Rotation;
import org.pmorotations.rotation.RotationService;
import org.pmorotations.rotation.ScheduleRequest;

/**
 * Rotations under {@code /api/v1/rotations}: the dry run of the rules, scheduling, one rotation.
 * Who may do what is the service's to decide (403 otherwise).
 */
@Path("v1/rotations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RotationResource {

    @Inject
    RotationService rotations;

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject check(ScheduleRequest request) {
        return RotationJson.check(rotations.check(request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(ScheduleRequest request, @Context UriInfo uri) {
        Rotation rotation = rotations.schedule(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(rotation.getId())).build())
                .entity(RotationJson.rotation(rotation)).build();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") long id) {
        return rotations.find(id)
                .map(rotation -> Response.ok(RotationJson.rotation(rotation)).build())
                .orElseGet(() -> Problems.of(Response.Status.NOT_FOUND, "There is no rotation " + id + ".", null, null));
    }
}
