package org.pmorotations.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pmorotations.shared.DomainException;
import org.pmorotations.staff.CareerLevel;
import org.pmorotations.staff.StaffInput;
import org.pmorotations.staff.StaffPage;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pmorotations.staff.ImportResult;
import org.pmorotations.staff.Staff;
import org.pmorotations.staff.StaffImportService;
import org.pmorotations.staff.StaffService;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Staff under {@code /api/v1/staff}: one person, and the CSV import. */
@Path("v1/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffService staff;

    @Inject
    StaffImportService imports;

    /** {@code GET /api/v1/staff?q=&level=&page=&size=}: {items, total}; pages from 0. */
    @GET
    public JsonObject search(@QueryParam("q") String q, @QueryParam("level") String level,
                             @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        CareerLevel wanted = null;
        if (level != null && !level.isBlank()) {
            try {
                wanted = CareerLevel.valueOf(level.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new DomainException("level", "level is one of " + java.util.List.of(CareerLevel.values()) + ", not \"" + level + "\".");
            }
        }
        StaffPage found = staff.search(q, wanted, page, size);
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.items().forEach(person -> items.add(json(person)));
        return Json.createObjectBuilder().add("items", items).add("total", found.total()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(StaffInput input, @Context UriInfo uri) {
        Staff created = staff.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getEmployeeNumber().value()).build())
                .entity(json(created)).build();
    }

    /** Carries the {@code version} read; a stale one is 409 and changes nothing. */
    @PUT
    @Path("{employeeNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(@PathParam("employeeNumber") String employeeNumber, StaffInput input) {
        return json(staff.update(employeeNumber, input));
    }

    @GET
    @Path("{employeeNumber}")
    public JsonObject one(@PathParam("employeeNumber") String employeeNumber) {
        return json(staff.profile(employeeNumber).staff());
    }

    static JsonObject json(Staff person) {
        return Json.createObjectBuilder()
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
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public JsonObject importCsv(InputStream csv) {
        ImportResult result = imports.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
        JsonArrayBuilder rejected = Json.createArrayBuilder();
        result.rejected().forEach(row -> rejected.add(Json.createObjectBuilder()
                .add("line", row.line()).add("errors", Json.createArrayBuilder(row.errors()))));
        return Json.createObjectBuilder()
                .add("created", result.created())
                .add("updated", result.updated())
                .add("rejected", rejected)
                .build();
    }
}
