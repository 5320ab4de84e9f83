package org.pmorotations.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleStatus;
import org.pmorotations.domain.security.Role;
import org.pmorotations.service.project.OpenRoleInput;
import org.pmorotations.service.project.OpenRoleService;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Project demand under {@code /api/v1/open-roles}: a project's open roles, opened, changed, filled
 * and withdrawn by PMO managers and administrators, read by every role that reads everything. A
 * change is made on the version read: the {@code ETag} of the role in {@code If-Match}, or
 * {@code version} in the body.
 */
@Tag(name = "open roles")
@Path("v1/open-roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpenRoleResource {

    /** Who fills an open role, and from when (the role's start when left out). */
    public record Fill(String employeeNumber, LocalDate start, Long version) implements LifecycleRequests.Versioned {
    }

    /** Why an open role is no longer wanted. */
    public record Withdraw(String reason, Long version) implements LifecycleRequests.Versioned {
    }

    @Inject
    OpenRoleService openRoles;

    @Operation(summary = "The open roles, by start: of one project, in one state, or all.")
    @Parameters({
            @Parameter(name = "project", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), example = "PRJ-100"),
            @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(implementation = OpenRoleStatus.class))})
    @APIResponse(responseCode = "200", description = "The open roles, without their history.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = OpenRoleJson.class)))
    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public List<OpenRoleJson> list(@QueryParam("project") String project, @QueryParam("status") String status) {
        return openRoles.list(project, QueryParameters.oneOf("status", status, OpenRoleStatus.class)).stream()
                .map(OpenRoleJson::listed).toList();
    }

    @Operation(summary = "One open role with its history.")
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The open role; its version in ETag.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpenRoleJson.class))),
            @APIResponse(responseCode = "404", ref = "NotFound")})
    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public Response one(@PathParam("id") long id) {
        return answer(openRoles.find(id));
    }

    @Operation(summary = "Open a role on a project.")
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"projectCode\": \"PRJ-100\", \"minLevel\": \"PROJECT_MANAGER\","
            + " \"maxLevel\": \"SENIOR_PROJECT_MANAGER\", \"start\": \"2027-04-01\", \"end\": null, \"description\": \"Lead the roll-out\"}"))
    @APIResponses({
            @APIResponse(responseCode = "201", description = "Opened.", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OpenRoleJson.class))),
            @APIResponse(responseCode = "422", ref = "Unprocessable")})
    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response open(OpenRoleInput input, @Context UriInfo uri) {
        OpenRole role = openRoles.open(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(role.getId())).build())
                .entity(OpenRoleJson.of(role)).tag(Versions.tag(role.getVersion())).build();
    }

    /** {@code text/csv} with a header row; one open role a line. */
    @Operation(summary = "Open roles from CSV, one a line; bad lines are rejected with their line (the header is line 1) and every"
            + " error, good lines opened in one transaction. Columns: projectCode, minLevel, start; optionally maxLevel, end,"
            + " department, description.")
    @RequestBody(content = @Content(mediaType = "text/csv", example = """
            projectCode,minLevel,maxLevel,start,end,description
            FIN-101,PROJECT_MANAGER,SENIOR_PROJECT_MANAGER,2027-04-01,,Lead the roll-out
            FIN-102,WIZARD,,2027-13-01,,Not a level nor a date
            """))
    @APIResponse(responseCode = "200", description = "What happened to each line.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ImportResultJson.class)))
    @Transactional
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public ImportResultJson importCsv(InputStream csv) {
        return ImportResultJson.of(openRoles.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8)));
    }

    @Operation(summary = "Change what an open role asks for, on the version read.")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @RequestBody(content = @Content(mediaType = "application/json"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "As stored.", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OpenRoleJson.class))),
            @APIResponse(responseCode = "404", ref = "NotFound"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response change(@PathParam("id") long id, OpenRoleInput input, @Context HttpHeaders headers) {
        Long version = Versions.read(headers, input == null ? null : input::version);
        OpenRoleInput read = input == null ? null : new OpenRoleInput(input.projectCode(), input.minLevel(), input.maxLevel(),
                input.start(), input.end(), input.department(), input.description(), version);
        return answer(openRoles.change(id, read));
    }

    @Operation(summary = "Fill an open role with a person: it becomes their project role.")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"employeeNumber\": \"E10001\", \"start\": \"2027-04-01\"}"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "FILLED.", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OpenRoleJson.class))),
            @APIResponse(responseCode = "404", ref = "NotFound"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @POST
    @Path("{id}/fill")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response fill(@PathParam("id") long id, Fill request, @Context HttpHeaders headers) {
        return answer(openRoles.fill(id, request == null ? null : request.employeeNumber(), request == null ? null : request.start(),
                Versions.read(headers, request)));
    }

    @Operation(summary = "Withdraw an open role, with the reason.")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"reason\": \"Filled from outside the company\"}"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "WITHDRAWN.", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OpenRoleJson.class))),
            @APIResponse(responseCode = "404", ref = "NotFound"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response withdraw(@PathParam("id") long id, Withdraw request, @Context HttpHeaders headers) {
        return answer(openRoles.withdraw(id, request == null ? null : request.reason(), Versions.read(headers, request)));
    }

    private static Response answer(OpenRole role) {
        return Response.ok(OpenRoleJson.of(role)).tag(Versions.tag(role.getVersion())).build();
    }
}
