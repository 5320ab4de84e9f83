package org.pmorotations.web.api;

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
import org.pmorotations.service.staff.ImportResult;
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
    public PageJson<StaffJson> search(@QueryParam("q") String q, @QueryParam("level") String level,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        CareerLevel wanted = QueryParameters.oneOf("level", level, CareerLevel.class);
        StaffPage found = staff.search(q, wanted, QueryParameters.whole("page", page, 0), QueryParameters.whole("size", size, 50));
        return new PageJson<>(found.items().stream().map(StaffJson::of).toList(), found.total());
    }

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
    @Transactional
    @PUT
    @Path("{employeeNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public StaffJson update(@PathParam("employeeNumber") String employeeNumber, StaffInput input) {
        return StaffJson.of(staff.update(employeeNumber, input));
    }

    @GET
    @Path("{employeeNumber}")
    public StaffJson one(@PathParam("employeeNumber") String employeeNumber) {
        return StaffJson.of(staff.profile(employeeNumber).staff());
    }

    /**
     * {@code GET /api/v1/staff/{employeeNumber}/history}: the career, oldest first: level changes,
     * project roles and rotations, each {kind, start, end, ...}. Three queries whatever its length.
     */
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
    public record LevelRecordedJson(String kind, LocalDate start, CareerLevel level, CareerLevel currentLevel) {
    }

    /** The answer of an import: how many rows were created and updated, and each rejected row with its line and errors. */
    public record ImportResultJson(int created, int updated, List<RejectedJson> rejected) {

        /** A rejected row; the header is line 1. */
        public record RejectedJson(int line, List<String> errors) {
        }
    }

    /** {@code text/csv} with a header row; creates or updates by employee number. */
    @Transactional
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public ImportResultJson importCsv(InputStream csv) {
        ImportResult result = imports.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
        return new ImportResultJson(result.created(), result.updated(), result.rejected().stream()
                .map(row -> new ImportResultJson.RejectedJson(row.line(), row.errors())).toList());
    }
}
