package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "pmos")
@Path("v1/pmos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PmoResource {

    @Inject
    PmoService pmos;

    @Operation(summary = "Every PMO with its seats.")
    @APIResponse(responseCode = "200", description = "The PMOs.", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = PmoJson.class)))
    @GET
    public List<PmoJson> list() {
        return pmos.list().stream().map(PmoJson::of).toList();
    }

    @Operation(summary = "One PMO.")
    @Parameter(name = "code", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING), example = "FIN-PMO")
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The PMO.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PmoJson.class))),
            @APIResponse(responseCode = "404", ref = "NotFound")})
    @GET
    @Path("{code}")
    public PmoJson one(@PathParam("code") String code) {
        return PmoJson.of(pmos.get(code));
    }

    @Operation(summary = "Create a PMO.")
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"code\": \"OPS-PMO\", \"name\": \"Operations PMO\", \"tier\": \"DEPARTMENT\", \"seats\": {\"PMO_ANALYST\": 3, \"PMO_MANAGER\": 1}, \"opens\": \"2027-01-01\", \"closes\": null}"))
    @APIResponses({
            @APIResponse(responseCode = "201", description = "Created; Location is the PMO.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PmoJson.class))),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable")})
    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response create(PmoInput input, @Context UriInfo uri) {
        Pmo pmo = pmos.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(pmo.getCode()).build()).entity(PmoJson.of(pmo)).build();
    }

    @Operation(summary = "Update with the version read.")
    @Parameter(name = "code", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING), example = "FIN-PMO")
    @RequestBody(content = @Content(mediaType = "application/json"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The PMO as stored.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PmoJson.class))),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable")})
    @Transactional
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public PmoJson update(@PathParam("code") String code, PmoInput input) {
        return PmoJson.of(pmos.update(code, input));
    }
}
