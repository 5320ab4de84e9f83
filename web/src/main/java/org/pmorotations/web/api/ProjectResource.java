package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.transaction.Transactional;
import org.pmorotations.domain.project.Project;
import org.pmorotations.service.project.ProjectInput;
import org.pmorotations.service.project.OpenRoleService;
import org.pmorotations.service.project.ProjectService;

import java.util.List;

/** Projects under {@code /api/v1/projects}: {code, name, department, start, end}. */
@Tag(name = "projects")
@Path("v1/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectService projects;

    @Inject
    OpenRoleService openRoles;

    @Operation(summary = "Every project.")
    @APIResponse(responseCode = "200", description = "The projects.", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectJson.class)))
    @GET
    public List<ProjectJson> list() {
        return projects.list().stream().map(ProjectJson::of).toList();
    }

    @Operation(summary = "The backfills of a project: the open roles opened when its people left for a rotation, open, filled or withdrawn.")
    @Parameter(name = "code", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING), example = "PRJ-100")
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The backfills, by start, without their history.", content = @Content(
                    mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = OpenRoleJson.class))),
            @APIResponse(responseCode = "404", ref = "NotFound")})
    @GET
    @Path("{code}/backfills")
    public List<OpenRoleJson> backfills(@PathParam("code") String code) {
        return openRoles.backfills(code).stream().map(OpenRoleJson::listed).toList();
    }

    @Operation(summary = "Create a project.")
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"code\": \"PRJ-900\", \"name\": \"Customer Portal\", \"department\": \"Sales\", \"start\": \"2027-01-01\", \"end\": \"2028-12-31\"}"))
    @APIResponses({
            @APIResponse(responseCode = "201", description = "Created.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectJson.class))),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable")})
    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response create(ProjectInput input, @Context UriInfo uri) {
        Project project = projects.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(project.getCode()).build()).entity(ProjectJson.of(project)).build();
    }
}
