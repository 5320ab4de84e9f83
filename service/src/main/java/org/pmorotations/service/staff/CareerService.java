package org.pmorotations.service.staff;

import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.LevelChange;
import org.pmorotations.domain.staff.Staff;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.service.security.AuditService;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.NotFoundException;
import org.pmorotations.domain.shared.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Records a person's career: project roles and level changes. A promotion is history, never an
 * overwrite: it is a dated {@link LevelChange}.
 *
 * <p>Keeps "one primary assignment a day": a new project role may not overlap another project
 * role or a rotation (cancelled ones aside) of the same person. The one exception is the usual
 * move to a new project: when the new role is recorded without an end, a role still open-ended
 * when it starts ends the day before. A temporary role (with an end) never cuts an ongoing one.
 * A role recorded without an end runs until the project's end (open-ended for an ongoing project).
 * The person's row is locked first, as scheduling does, so two clerks recording roles for the
 * same person at the same moment are checked one after the other.
 */
@Stateless
public class CareerService {

    private static final String SUBJECT = StaffImportService.SUBJECT;

    @PersistenceContext
    private EntityManager em;

    @Inject
    AuditService audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public ProjectRole recordRole(String employeeNumber, String projectCode, CareerLevel level, LocalDate start, LocalDate end) {
        if (level == null) {
            throw new InvalidValueException("level", "The career level in the role is required.");
        }
        if (start == null) {
            throw new InvalidValueException("start", "The start date is required.");
        }
        if (end != null && end.isBefore(start)) {
            throw new InvalidValueException("end", "The role cannot end (" + end + ") before it starts (" + start + ").");
        }
        Staff staff = locked(employeeNumber);
        if (start.isBefore(staff.getHireDate())) {
            throw new InvalidValueException("start", "The role starts " + start + ", before " + staff.getFullName()
                    + " was hired (" + staff.getHireDate() + ").");
        }
        Project project = Project.findByCode(em, projectCode)
                .orElseThrow(() -> new InvalidValueException("projectCode", "There is no project " + (projectCode == null ? "" : projectCode.strip()) + "."));
        // Without an end the role runs as long as the project does.
        LocalDate until = end != null ? end : project.getPeriod().end().orElse(null);
        Period period = until == null ? Period.from(start) : Period.of(start, until);

        List<ProjectRole> roles = em.createQuery("select pr from ProjectRole pr join fetch pr.project where pr.staff = :staff"
                + " order by pr.period.startDate", ProjectRole.class).setParameter("staff", staff).getResultList();
        for (ProjectRole other : roles) {
            boolean endsForTheMove = end == null && other.getPeriod().isOpenEnded() && other.getPeriod().start().isBefore(start);
            if (endsForTheMove) {
                String before = other.getProject().getCode() + " " + other.getPeriod();
                other.endOn(start.minusDays(1));
                audit.record("PROJECT_ROLE_ENDED", SUBJECT, staff.getEmployeeNumber().value(), before,
                        other.getProject().getCode() + " " + other.getPeriod());
            } else if (other.getPeriod().overlaps(period)) {
                throw new InvalidValueException("start", staff.getFullName() + " is already on project " + other.getProject().getCode()
                        + " from " + other.getPeriod() + "; a person has one primary assignment a day.");
            }
        }
        List<Rotation> rotations = em.createQuery("select r from Rotation r join fetch r.pmo where r.staff = :staff"
                + " and r.status <> :cancelled", Rotation.class)
                .setParameter("staff", staff).setParameter("cancelled", RotationStatus.CANCELLED).getResultList();
        for (Rotation rotation : rotations) {
            Period inPmo = Period.of(rotation.startDate(), rotation.effectiveEnd());
            if (inPmo.overlaps(period)) {
                throw new InvalidValueException("start", staff.getFullName() + " is in " + rotation.getPmo().getName()
                        + " from " + inPmo + "; a person has one primary assignment a day.");
            }
        }
        ProjectRole role = new ProjectRole(staff, project, level, period);
        em.persist(role);
        em.flush();
        audit.record("PROJECT_ROLE_RECORDED", SUBJECT, staff.getEmployeeNumber().value(), null,
                project.getCode() + " as " + level + " " + period);
        return role;
    }

    /**
     * The project role a confirmed return into an open role becomes: {@code period} on {@code project}
     * at {@code level}, when the person holds no other role and no other rotation on any of its days
     * (their rotation {@code returningFrom} included, which must have ended before). Reached only
     * through the confirmation of a return, a PMO manager's command or the daily job, whose own
     * authorisation applies; it refuses nothing, so that a day's job is never undone by one return:
     * when the role would overlap, nothing is written and the answer is empty.
     */
    @PermitAll
    public Optional<ProjectRole> recordReturn(Staff staff, Project project, CareerLevel level, Period period) {
        em.lock(staff, LockModeType.PESSIMISTIC_WRITE);
        boolean taken = em.createQuery("select pr from ProjectRole pr where pr.staff = :staff", ProjectRole.class)
                .setParameter("staff", staff).getResultStream().anyMatch(other -> other.getPeriod().overlaps(period))
                || em.createQuery("select r from Rotation r where r.staff = :staff and r.status <> :cancelled", Rotation.class)
                .setParameter("staff", staff).setParameter("cancelled", RotationStatus.CANCELLED).getResultStream()
                .anyMatch(rotation -> Period.of(rotation.startDate(), rotation.effectiveEnd()).overlaps(period));
        if (taken || !project.getPeriod().covers(period)) {
            return Optional.empty();
        }
        ProjectRole role = new ProjectRole(staff, project, level, period);
        em.persist(role);
        em.flush();
        audit.record("PROJECT_ROLE_RECORDED", SUBJECT, staff.getEmployeeNumber().value(), null,
                project.getCode() + " as " + level + " " + period + " (return confirmed)");
        return Optional.of(role);
    }

    /** A level change from {@code effective} on; the current level follows the latest change. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public LevelChange recordLevel(String employeeNumber, CareerLevel level, LocalDate effective) {
        if (level == null) {
            throw new InvalidValueException("level", "The new career level is required.");
        }
        if (effective == null) {
            throw new InvalidValueException("effective", "The date from which the level holds is required.");
        }
        Staff staff = locked(employeeNumber);
        CareerLevel before = staff.getLevel();
        LevelChange change = staff.changeLevel(level, effective);
        em.flush();
        audit.record("LEVEL_RECORDED", SUBJECT, staff.getEmployeeNumber().value(), before.name(),
                level + " from " + effective);
        return change;
    }

    private Staff locked(String employeeNumber) {
        EmployeeNumber number = EmployeeNumber.of(employeeNumber);
        Staff staff = em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NUMBER, Staff.class)
                .setParameter("employeeNumber", number.value())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no staff member " + number + "."));
        em.lock(staff, LockModeType.PESSIMISTIC_WRITE);
        return staff;
    }
}
