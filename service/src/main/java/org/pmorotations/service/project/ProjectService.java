package org.pmorotations.service.project;

import org.pmorotations.domain.project.Project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.service.security.AuditService;
import org.pmorotations.domain.security.Role;

import org.pmorotations.domain.shared.DuplicateException;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Period;

import java.util.List;
import java.util.Optional;

/** Projects: read by every role that reads everything; created by PMO managers and administrators. */
@Stateless
public class ProjectService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    AuditService audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public List<Project> list() {
        return em.createNamedQuery(Project.FIND_ALL, Project.class).getResultList();
    }

    /** The project of {@code code} (any case), if there is one. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public Optional<Project> find(String code) {
        return Project.findByCode(em, code);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Project create(ProjectInput input) {
        if (input == null) {
            throw new InvalidValueException("body", "The project is missing.");
        }
        if (input.start() == null) {
            throw new InvalidValueException("start", "The start date is required.");
        }
        Project project = new Project(input.code(), input.name(), input.department(),
                input.end() == null ? Period.from(input.start()) : Period.of(input.start(), input.end()));
        if (Project.findByCode(em, project.getCode()).isPresent()) {
            throw new DuplicateException("code", "A project " + project.getCode() + " exists already.");
        }
        em.persist(project);
        em.flush();
        audit.record("PROJECT_CREATED", "PROJECT", project.getCode(), null,
                project.getName() + ", " + project.getDepartment() + ", " + project.getPeriod());
        return project;
    }
}
