package org.pmorotations.web.api;

import jakarta.annotation.security.RolesAllowed;

import org.pmorotations.domain.security.Role;
import org.pmorotations.web.shared.JsonBuilders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.transaction.Transactional;
import org.pmorotations.domain.project.Project;
import org.pmorotations.service.project.ProjectInput;
import org.pmorotations.service.project.ProjectService;

/** Projects under {@code /api/v1/projects}: {code, name, department, start, end}. */
@Path("v1/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectService projects;

    @GET
    public JsonArray list() {
        JsonArrayBuilder items = JsonBuilders.array();
        projects.list().forEach(project -> items.add(json(project)));
        return items.build();
    }

    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response create(ProjectInput input, @Context UriInfo uri) {
        Project project = projects.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(project.getCode()).build()).entity(json(project)).build();
    }

    static JsonObject json(Project project) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("code", project.getCode())
                .add("name", project.getName())
                .add("department", project.getDepartment())
                .add("start", project.getPeriod().start().toString());
        project.getPeriod().end().ifPresentOrElse(end -> json.add("end", end.toString()), () -> json.addNull("end"));
        return json.build();
    }
}
