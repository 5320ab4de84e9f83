package org.pmorotations.service.project;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleStatus;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.NotFoundException;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;
import jakarta.ejb.EJBAccessException;
import org.pmorotations.service.security.AuditService;
import org.pmorotations.service.security.Caller;
import org.pmorotations.service.shared.Clocks;
import org.pmorotations.service.shared.CsvImport;
import org.pmorotations.service.shared.ImportResult;
import org.pmorotations.service.staff.CareerService;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Project demand: open roles, read by every role that reads everything, opened, changed, filled and
 * withdrawn by PMO managers and administrators. Each change is made on the version its author read
 * (under a lock of the row), is history of the role and an entry of the audit log.
 *
 * <p>Filling a role records the person's project role through {@link CareerService#recordRole}, so
 * that "one primary assignment a day" holds as for any role: at the level the person holds, from the
 * day given (the open role's start by default) to the open role's end; a role without an end runs
 * until the project ends, and the person's open-ended role elsewhere then ends the day before.
 */
@Stateless
public class OpenRoleService {

    public static final String SUBJECT = "OPEN_ROLE";
    private static final int QUERY_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @Inject
    CareerService careers;

    @Inject
    Caller caller;

    /** The open roles of a project ({@code projectCode} null: of every project) in a state (null: any), by start. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public List<OpenRole> list(String projectCode, OpenRoleStatus status) {
        Project project = projectCode == null || projectCode.isBlank() ? null : project(projectCode);
        var query = em.createQuery("select o from OpenRole o join fetch o.project left join fetch o.filledBy f left join fetch f.staff"
                + " left join fetch o.held h left join fetch h.staff"
                + " where 1 = 1" + (project == null ? "" : " and o.project = :project") + (status == null ? "" : " and o.status = :status")
                + " order by o.period.startDate, o.id", OpenRole.class);
        if (project != null) {
            query.setParameter("project", project);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** The backfills of a project, held (open), filled or withdrawn, by start. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public List<OpenRole> backfills(String projectCode) {
        return em.createQuery("select o from OpenRole o join fetch o.project left join fetch o.held h left join fetch h.staff"
                        + " left join fetch o.filledBy f left join fetch f.staff where o.project = :project and o.backfillFor is not null"
                        + " order by o.period.startDate, o.id", OpenRole.class)
                .setParameter("project", Project.findByCode(em, projectCode)
                        .orElseThrow(() -> new NotFoundException("There is no project " + (projectCode == null ? "" : projectCode.strip()) + ".")))
                .getResultList();
    }

    /**
     * The seats held at home for a person while they rotate (the backfills of their rotations),
     * by start; read by whoever may read the person: staff their own.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME, Role.STAFF_NAME})
    public List<OpenRole> seatsHeldFor(String employeeNumber) {
        String number = EmployeeNumber.of(employeeNumber).value();
        if (!caller.mayRead(number)) {
            throw new EJBAccessException("A staff member reads only their own career.");
        }
        return em.createQuery("select o from OpenRole o join fetch o.project join fetch o.held h join fetch h.staff s"
                        + " left join fetch o.filledBy f left join fetch f.staff where s.employeeNumber.value = :number"
                        + " order by o.period.startDate, o.id", OpenRole.class)
                .setParameter("number", number).getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public OpenRole find(long id) {
        OpenRole role = em.find(OpenRole.class, id);
        if (role == null) {
            throw new NotFoundException("There is no open role " + id + ".");
        }
        role.getHistory().size();
        return role;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public OpenRole open(OpenRoleInput input) {
        if (input == null) {
            throw new InvalidValueException("body", "The open role is missing.");
        }
        if (input.projectCode() == null || input.projectCode().isBlank()) {
            throw new InvalidValueException("projectCode", "The project is required.");
        }
        OpenRole role = new OpenRole(project(input.projectCode()), input.minLevel(), input.maxLevel(), input.start(), input.end(),
                input.department(), input.description(), change(null));
        em.persist(role);
        em.flush();
        audit.record("OPEN_ROLE_OPENED", SUBJECT, String.valueOf(role.getId()), null, describe(role));
        return role;
    }

    /**
     * Opens the roles of a CSV file ({@link OpenRoleCsv}), one a line: every line is checked
     * before anything is written, against the file's rules and the stored projects; the good ones
     * are then opened in one transaction, the bad ones reported with their line and every error.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public ImportResult importCsv(Reader csv) {
        CsvImport.Parsed<OpenRoleInput> parsed = OpenRoleCsv.read(csv);
        Map<String, Project> projects = new HashMap<>();
        List<String> codes = parsed.rows().stream().map(line -> code(line.value().projectCode())).distinct().toList();
        for (int from = 0; from < codes.size(); from += QUERY_CHUNK) {
            em.createQuery("select p from Project p where p.code in :codes", Project.class)
                    .setParameter("codes", codes.subList(from, Math.min(codes.size(), from + QUERY_CHUNK))).getResultList()
                    .forEach(project -> projects.put(project.getCode(), project));
        }
        List<CsvImport.Rejected> rejected = new ArrayList<>(parsed.rejected());
        List<OpenRole> opened = new ArrayList<>();
        Change change = change(null);
        for (CsvImport.Good<OpenRoleInput> line : parsed.rows()) {
            OpenRoleInput input = line.value();
            Project project = projects.get(code(input.projectCode()));
            if (project == null) {
                rejected.add(line.rejected("projectCode: there is no project " + input.projectCode() + "."));
                continue;
            }
            try {
                opened.add(new OpenRole(project, input.minLevel(), input.maxLevel(), input.start(), input.end(),
                        input.department(), input.description(), change));
            } catch (InvalidValueException refused) {
                rejected.add(line.rejected(refused.getField() + ": " + refused.getMessage()));
            }
        }
        opened.forEach(em::persist);
        em.flush();
        opened.forEach(role -> audit.record("OPEN_ROLE_OPENED", SUBJECT, String.valueOf(role.getId()), null, describe(role)));
        rejected.sort(Comparator.comparingInt(CsvImport.Rejected::line));
        return new ImportResult(opened.size(), 0, rejected, parsed.header());
    }

    private static String code(String written) {
        return written.strip().toUpperCase(Locale.ROOT);
    }

    /** Changes what an open role asks for; its project stays (a role on another project is another role). */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public OpenRole change(long id, OpenRoleInput input) {
        if (input == null) {
            throw new InvalidValueException("body", "The open role is missing.");
        }
        OpenRole role = locked(id, input.version());
        if (input.projectCode() != null && !input.projectCode().isBlank()
                && !input.projectCode().strip().equalsIgnoreCase(role.getProject().getCode())) {
            throw new InvalidValueException("projectCode", "An open role stays on its project (" + role.getProject().getCode()
                    + "); withdraw it and open one on the other project.");
        }
        String before = describe(role);
        role.change(input.minLevel(), input.maxLevel(), input.start(), input.end(), input.department(), input.description(), change(null));
        em.flush();
        audit.record("OPEN_ROLE_CHANGED", SUBJECT, String.valueOf(id), before, describe(role));
        return role;
    }

    /** Filled by the person of {@code employeeNumber} from {@code start} (null: the open role's start). */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public OpenRole fill(long id, String employeeNumber, LocalDate start, Long version) {
        OpenRole role = locked(id, version);
        role.requireOpen("be filled");
        if (employeeNumber == null || employeeNumber.isBlank()) {
            throw new InvalidValueException("employeeNumber", "Say who fills the role: their employee number is required.");
        }
        Staff person = em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NUMBER, Staff.class)
                .setParameter("employeeNumber", EmployeeNumber.of(employeeNumber).value()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidValueException("employeeNumber", "There is no staff member " + employeeNumber.strip() + "."));
        if (!person.isActive()) {
            throw new InvalidValueException("employeeNumber", person.getFullName() + " is no longer active.");
        }
        if (!role.admits(person.getLevel())) {
            throw new InvalidValueException("employeeNumber", "This open role asks for " + role.levels() + "; "
                    + person.getFullName() + " is " + person.getLevel().words() + ".");
        }
        LocalDate from = start != null ? start : role.getPeriod().start();
        if (!role.until().contains(from)) {
            throw new InvalidValueException("start", "The person would start on " + from + ", outside the open role's " + role.until() + ".");
        }
        ProjectRole taken = careers.recordRole(person.getEmployeeNumber().value(), role.getProject().getCode(), person.getLevel(), from,
                role.getPeriod().end().orElse(null));
        role.fill(taken, change(null));
        em.flush();
        audit.record("OPEN_ROLE_FILLED", SUBJECT, String.valueOf(id), describe(role),
                person.getFullName() + " (" + person.getEmployeeNumber() + ") from " + from);
        return role;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public OpenRole withdraw(long id, String reason, Long version) {
        OpenRole role = locked(id, version);
        role.withdraw(change(reason));
        em.flush();
        audit.record("OPEN_ROLE_WITHDRAWN", SUBJECT, String.valueOf(id), describe(role), reason);
        return role;
    }

    private OpenRole locked(long id, Long version) {
        OpenRole role = em.find(OpenRole.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (role == null) {
            throw new NotFoundException("There is no open role " + id + ".");
        }
        role.requireVersion(version, "open role " + id);
        return role;
    }

    private Project project(String code) {
        return Project.findByCode(em, code)
                .orElseThrow(() -> new InvalidValueException("projectCode", "There is no project " + code.strip() + "."));
    }

    private Change change(String reason) {
        return Change.by(context.getCallerPrincipal().getName(), Clocks.utc(clock)).because(reason);
    }

    private static String describe(OpenRole role) {
        return role.getProject().getCode() + ": " + role.levels() + ", " + role.getPeriod() + ", " + role.getDepartment()
                + ", " + role.getStatus().words();
    }
}
