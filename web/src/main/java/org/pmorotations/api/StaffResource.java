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

    @GET
    @Path("{employeeNumber}")
    public JsonObject one(@PathParam("employeeNumber") String employeeNumber) {
        Staff person = staff.profile(employeeNumber).staff();
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
