package org.pmorotations.web.api;

import jakarta.annotation.security.RolesAllowed;

import org.pmorotations.domain.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

import java.util.List;

/** Projects under {@code /api/v1/projects}: {code, name, department, start, end}. */
@Path("v1/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectService projects;

    @GET
    public List<ProjectJson> list() {
        return projects.list().stream().map(ProjectJson::of).toList();
    }

    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response create(ProjectInput input, @Context UriInfo uri) {
        Project project = projects.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(project.getCode()).build()).entity(ProjectJson.of(project)).build();
    }
}
