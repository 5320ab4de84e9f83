package org.pmorotations.web.api;

import jakarta.annotation.security.RolesAllowed;

import org.pmorotations.domain.security.Role;
import org.pmorotations.web.shared.JsonBuilders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import org.pmorotations.service.staff.ImportResult;
import org.pmorotations.domain.staff.Staff;
import org.pmorotations.service.staff.StaffImportService;
import org.pmorotations.service.staff.StaffService;

import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.service.staff.CareerService;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.LevelChange;
import org.pmorotations.service.staff.StaffProfile;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Staff under {@code /api/v1/staff}: search, one person, their career history, roles and levels, the CSV import. */
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
    @GET
    public JsonObject search(@QueryParam("q") String q, @QueryParam("level") String level,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        CareerLevel wanted = QueryParameters.oneOf("level", level, CareerLevel.class);
        StaffPage found = staff.search(q, wanted, QueryParameters.whole("page", page, 0), QueryParameters.whole("size", size, 50));
        JsonArrayBuilder items = JsonBuilders.array();
        found.items().forEach(person -> items.add(json(person)));
        return JsonBuilders.object().add("items", items).add("total", found.total()).build();
    }

    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response create(StaffInput input, @Context UriInfo uri) {
        Staff created = staff.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getEmployeeNumber().value()).build())
                .entity(json(created)).build();
    }

    /** Carries the {@code version} read; a stale one is 409 and changes nothing. */
    @Transactional
    @PUT
    @Path("{employeeNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public JsonObject update(@PathParam("employeeNumber") String employeeNumber, StaffInput input) {
        return json(staff.update(employeeNumber, input));
    }

    @GET
    @Path("{employeeNumber}")
    public JsonObject one(@PathParam("employeeNumber") String employeeNumber) {
        return json(staff.profile(employeeNumber).staff());
    }

    /**
     * {@code GET /api/v1/staff/{employeeNumber}/history}: the career, oldest first: level changes,
     * project roles and rotations, each {kind, start, end, ...}. Three queries whatever its length.
     */
    @GET
    @Path("{employeeNumber}/history")
    public JsonObject history(@PathParam("employeeNumber") String employeeNumber) {
        StaffProfile profile = staff.profile(employeeNumber);
        List<Map.Entry<LocalDate, JsonObject>> events = new ArrayList<>();
        // Same-day order: a promotion, then the role it leads to, then a rotation.
        profile.levels().forEach(change -> events.add(Map.entry(change.getEffective(), JsonBuilders.object()
                .add("kind", "LEVEL_CHANGE")
                .add("start", change.getEffective().toString())
                .add("level", change.getLevel().name()).build())));
        profile.roles().forEach(role -> events.add(Map.entry(role.getPeriod().start(), withEnd(JsonBuilders.object()
                .add("kind", "PROJECT_ROLE")
                .add("start", role.getPeriod().start().toString()), role.getPeriod().end().orElse(null))
                .add("projectCode", role.getProject().getCode())
                .add("projectName", role.getProject().getName())
                .add("level", role.getLevel().name()).build())));
        profile.rotations().forEach(rotation -> events.add(Map.entry(rotation.startDate(), JsonBuilders.object()
                .add("kind", "ROTATION")
                .add("start", rotation.startDate().toString())
                .add("end", rotation.effectiveEnd().toString())
                .add("rotationId", rotation.getId())
                .add("pmoCode", rotation.getPmo().getCode())
                .add("pmoName", rotation.getPmo().getName())
                .add("role", rotation.getRole().name())
                .add("status", rotation.getStatus().name()).build())));
        events.sort(Map.Entry.comparingByKey()); // stable: kinds keep the order they were added in
        JsonArrayBuilder items = JsonBuilders.array();
        events.forEach(event -> items.add(event.getValue()));
        return JsonBuilders.object()
                .add("employeeNumber", profile.staff().getEmployeeNumber().value())
                .add("fullName", profile.staff().getFullName())
                .add("items", items).build();
    }

    /** {@code POST /api/v1/staff/{employeeNumber}/roles {projectCode, level, start, end}}: the primary assignment for that period. */
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
        JsonObject body = withEnd(JsonBuilders.object()
                .add("kind", "PROJECT_ROLE")
                .add("start", role.getPeriod().start().toString()), role.getPeriod().end().orElse(null))
                .add("projectCode", role.getProject().getCode())
                .add("projectName", role.getProject().getName())
                .add("level", role.getLevel().name()).build();
        return Response.created(historyOf(uri, employeeNumber)).entity(body).build();
    }

    /** {@code POST /api/v1/staff/{employeeNumber}/levels {level, effective}}: a promotion is history, not an overwrite. */
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
        return Response.created(historyOf(uri, employeeNumber)).entity(JsonBuilders.object()
                .add("kind", "LEVEL_CHANGE")
                .add("start", change.getEffective().toString())
                .add("level", change.getLevel().name())
                .add("currentLevel", change.getStaff().getLevel().name()).build()).build();
    }

    public record RoleRequest(String projectCode, CareerLevel level, LocalDate start, LocalDate end) {
    }

    public record LevelRequest(CareerLevel level, LocalDate effective) {
    }

    private static java.net.URI historyOf(UriInfo uri, String employeeNumber) {
        return uri.getBaseUriBuilder().path("v1/staff").path(EmployeeNumber.of(employeeNumber).value()).path("history").build();
    }

    private static JsonObjectBuilder withEnd(JsonObjectBuilder json, LocalDate end) {
        return end == null ? json.addNull("end") : json.add("end", end.toString());
    }

    static JsonObject json(Staff person) {
        return JsonBuilders.object()
                .add("employeeNumber", person.getEmployeeNumber().value())
                .add("fullName", person.getFullName())
                .add("email", person.getEmail())
                .add("department", person.getDepartment())
                .add("hireDate", person.getHireDate().toString())
                .add("level", person.getLevel().name())
                .add("active", person.isActive())
                .add("version", person.getVersion())
                .build();
    }

    /** {@code text/csv} with a header row; creates or updates by employee number. */
    @Transactional
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public JsonObject importCsv(InputStream csv) {
        ImportResult result = imports.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
        JsonArrayBuilder rejected = JsonBuilders.array();
        result.rejected().forEach(row -> rejected.add(JsonBuilders.object()
                .add("line", row.line()).add("errors", JsonBuilders.array(row.errors()))));
        return JsonBuilders.object()
                .add("created", result.created())
                .add("updated", result.updated())
                .add("rejected", rejected)
                .build();
    }
}
