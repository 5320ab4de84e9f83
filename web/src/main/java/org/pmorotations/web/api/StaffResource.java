package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.service.staff.StaffInput;
import org.pmorotations.service.staff.StaffPage;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pmorotations.domain.staff.Staff;
import org.pmorotations.service.staff.StaffImportService;
import org.pmorotations.service.staff.StaffService;

import jakarta.transaction.Transactional;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.service.staff.CareerService;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.LevelChange;
import org.pmorotations.service.staff.StaffProfile;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Staff under {@code /api/v1/staff}: search, one person, their career history, roles and levels, the CSV import. */
@Tag(name = "staff")
@Path("v1/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffService staff;

    @Inject
    StaffImportService imports;

    @Inject
    CareerService careers;

    /** {@code GET /api/v1/staff?q=&level=&page=&size=}: {items, total}; pages from 0. */
    @Operation(summary = "Search staff by name or employee number and level; paged by the database.")
    @Parameters({
            @Parameter(name = "q", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), example = "walsh"),
            @Parameter(name = "level", in = ParameterIn.QUERY, schema = @Schema(implementation = CareerLevel.class)),
            @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")),
            @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", maximum = "200"))})
    @APIResponse(responseCode = "200", description = "One page and the total.", content = @Content(mediaType = "application/json", schema = @Schema(properties = {@SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = StaffJson.class), @SchemaProperty(name = "total", type = SchemaType.INTEGER)}), example = "{\"items\": [{\"employeeNumber\": \"E10002\", \"fullName\": \"Grace Walsh\", \"email\": \"grace.walsh@example.com\", \"department\": \"Finance\", \"hireDate\": \"2014-03-03\", \"level\": \"SENIOR_PROJECT_MANAGER\", \"active\": true, \"version\": 1}], \"total\": 1}"))
    @GET
    public PageJson<StaffJson> search(@QueryParam("q") String q, @QueryParam("level") String level,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        CareerLevel wanted = QueryParameters.oneOf("level", level, CareerLevel.class);
        StaffPage found = staff.search(q, wanted, QueryParameters.whole("page", page, 0), QueryParameters.whole("size", size, 50));
        return new PageJson<>(found.items().stream().map(StaffJson::of).toList(), found.total());
    }

    @Operation(summary = "Create a staff member.")
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"employeeNumber\": \"E20001\", \"fullName\": \"Zoë Quist\", \"email\": \"zoe.quist@example.com\", \"department\": \"Finance\", \"hireDate\": \"2021-04-01\", \"level\": \"PROJECT_MANAGER\"}"))
    @APIResponses({
            @APIResponse(responseCode = "201", description = "Created; Location is the new person.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffJson.class))),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable")})
    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response create(StaffInput input, @Context UriInfo uri) {
        Staff created = staff.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getEmployeeNumber().value()).build())
                .entity(StaffJson.of(created)).build();
    }

    /** Carries the {@code version} read; a stale one is 409 and changes nothing. */
    @Operation(summary = "Update with the version read; a stale version is 409 and changes nothing. A new level is recorded as a level change from today.")
    @Parameter(name = "employeeNumber", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING), example = "E10002")
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"employeeNumber\": \"E20001\", \"fullName\": \"Zoë Quist-Berg\", \"email\": \"zoe.quist@example.com\", \"department\": \"Finance\", \"hireDate\": \"2021-04-01\", \"level\": \"PROJECT_MANAGER\", \"active\": true, \"version\": 1}"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The person as stored.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffJson.class))),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable")})
    @Transactional
    @PUT
    @Path("{employeeNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public StaffJson update(@PathParam("employeeNumber") String employeeNumber, StaffInput input) {
        return StaffJson.of(staff.update(employeeNumber, input));
    }

    @Operation(summary = "One staff member. A STAFF user reads only themselves.")
    @Parameter(name = "employeeNumber", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING), example = "E10002")
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The person.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffJson.class))),
            @APIResponse(responseCode = "404", ref = "NotFound")})
    @GET
    @Path("{employeeNumber}")
    public StaffJson one(@PathParam("employeeNumber") String employeeNumber) {
        return StaffJson.of(staff.profile(employeeNumber).staff());
    }

    /**
     * {@code GET /api/v1/staff/{employeeNumber}/history}: the career, oldest first: level changes,
     * project roles and rotations, each {kind, start, end, ...}. Three queries whatever its length.
     */
    @Operation(summary = "The career, oldest first - level changes, project roles and rotations.")
    @Parameter(name = "employeeNumber", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING), example = "E10002")
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The history.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = HistoryJson.class), example = "{\"employeeNumber\": \"E10002\", \"fullName\": \"Grace Walsh\", \"items\": [{\"kind\": \"LEVEL_CHANGE\", \"start\": \"2014-03-03\", \"level\": \"PROJECT_COORDINATOR\"}, {\"kind\": \"PROJECT_ROLE\", \"start\": \"2014-03-03\", \"end\": \"2019-02-28\", \"projectCode\": \"PRJ-007\", \"projectName\": \"Billing Platform\", \"level\": \"PROJECT_COORDINATOR\"}, {\"kind\": \"ROTATION\", \"start\": \"2019-03-01\", \"end\": \"2020-08-31\", \"rotationId\": 1051, \"pmoCode\": \"FIN-PMO\", \"pmoName\": \"Finance PMO\", \"role\": \"PMO_ANALYST\", \"status\": \"COMPLETED\"}]}")),
            @APIResponse(responseCode = "403", ref = "Forbidden"),
            @APIResponse(responseCode = "404", ref = "NotFound")})
    @GET
    @Path("{employeeNumber}/history")
    public HistoryJson history(@PathParam("employeeNumber") String employeeNumber) {
        StaffProfile profile = staff.profile(employeeNumber);
        List<HistoryItemJson> items = new ArrayList<>();
        // Same-day order: a promotion, then the role it leads to, then a rotation.
        profile.levels().forEach(change -> items.add(HistoryItemJson.of(change)));
        profile.roles().forEach(role -> items.add(HistoryItemJson.of(role)));
        profile.rotations().forEach(rotation -> items.add(HistoryItemJson.of(rotation)));
        items.sort(Comparator.comparing(HistoryItemJson::start)); // stable: kinds keep the order they were added in
        return new HistoryJson(profile.staff().getEmployeeNumber().value(), profile.staff().getFullName(), items);
    }

    /** {@code POST /api/v1/staff/{employeeNumber}/roles {projectCode, level, start, end}}: the primary assignment for that period. */
    @Operation(summary = "Record a project role, the person's primary assignment for its period (one a day). A new role without an end ends an open-ended one running on its start the day before (a move); without an end the role runs until the project's end.")
    @Parameter(name = "employeeNumber", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING), example = "E10002")
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"projectCode\": \"PRJ-012\", \"level\": \"PROJECT_MANAGER\", \"start\": \"2027-01-04\"}"))
    @APIResponses({
            @APIResponse(responseCode = "201", description = "Recorded; Location is the history.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = HistoryItemJson.ProjectRoleJson.class))),
            @APIResponse(responseCode = "422", ref = "Unprocessable")})
    @Transactional
    @POST
    @Path("{employeeNumber}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response recordRole(@PathParam("employeeNumber") String employeeNumber, RoleRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "The project role needs projectCode, level and start (end is optional).");
        }
        ProjectRole role = careers.recordRole(employeeNumber, request.projectCode(), request.level(), request.start(), request.end());
        return Response.created(historyOf(uri, employeeNumber)).entity(HistoryItemJson.of(role)).build();
    }

    /** {@code POST /api/v1/staff/{employeeNumber}/levels {level, effective}}: a promotion is history, not an overwrite. */
    @Operation(summary = "Record a level change from a date; a promotion is history, not an overwrite.")
    @Parameter(name = "employeeNumber", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING), example = "E10002")
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"level\": \"PROGRAM_MANAGER\", \"effective\": \"2027-01-01\"}"))
    @APIResponses({
            @APIResponse(responseCode = "201", description = "Recorded; Location is the history.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = LevelRecordedJson.class), example = "{\"kind\": \"LEVEL_CHANGE\", \"start\": \"2027-01-01\", \"level\": \"PROGRAM_MANAGER\", \"currentLevel\": \"PROGRAM_MANAGER\"}")),
            @APIResponse(responseCode = "422", ref = "Unprocessable")})
    @Transactional
    @POST
    @Path("{employeeNumber}/levels")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response recordLevel(@PathParam("employeeNumber") String employeeNumber, LevelRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "The level change needs level and effective.");
        }
        LevelChange change = careers.recordLevel(employeeNumber, request.level(), request.effective());
        return Response.created(historyOf(uri, employeeNumber))
                .entity(new LevelRecordedJson("LEVEL_CHANGE", change.getEffective(), change.getLevel(), change.getStaff().getLevel()))
                .build();
    }

    public record RoleRequest(String projectCode, CareerLevel level, LocalDate start, LocalDate end) {
    }

    public record LevelRequest(CareerLevel level, LocalDate effective) {
    }

    private static java.net.URI historyOf(UriInfo uri, String employeeNumber) {
        return uri.getBaseUriBuilder().path("v1/staff").path(EmployeeNumber.of(employeeNumber).value()).path("history").build();
    }

    /** A level change as recorded, with the level the person holds now (a change in the past may be superseded). */
    @Schema(name = "LevelRecorded")
    public record LevelRecordedJson(String kind, LocalDate start, CareerLevel level, CareerLevel currentLevel) {
    }

    /** {@code text/csv} with a header row; creates or updates by employee number. */
    @Operation(summary = "Create or update staff from CSV by employee number; bad rows are rejected with their line (the header is line 1), good rows kept.")
    @RequestBody(content = @Content(mediaType = "text/csv", example = """
            employeeNumber,fullName,email,department,hireDate,level
            E20001,"Núñez, Ana",ana.nunez@example.com,Finance,2020-02-01,PROJECT_MANAGER
            E20002,Bo Lind,not-an-email,Operations,2019-13-45,CEO
            """))
    @APIResponse(responseCode = "200", description = "What happened to each row.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResultJson.class), example = "{\"created\": 1, \"updated\": 0, \"rejected\": [{\"line\": 3, \"errors\": [\"email: \\\"not-an-email\\\" is not an e-mail address.\", \"hireDate: \\\"2019-13-45\\\" is not a date written 2019-03-01.\", \"level: \\\"CEO\\\" is not a career level.\"]}]}"))
    @Transactional
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public ImportResultJson importCsv(InputStream csv) {
        return ImportResultJson.of(imports.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8)));
    }
}
