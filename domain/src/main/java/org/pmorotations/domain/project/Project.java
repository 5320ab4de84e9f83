package org.pmorotations.domain.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.pmorotations.domain.shared.BaseEntity;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.shared.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * A project that staff hold roles on, for its {@link Period} (open-ended while it has no end
 * date). Keeps: a unique code in upper case; the end is not before the start.
 */
@Entity
@Table(name = "project")
@NamedQueries({
        @NamedQuery(name = Project.COUNT_ALL, query = "select count(p) from Project p"),
        @NamedQuery(name = Project.FIND_BY_CODE, query = "select p from Project p where p.code = :code"),
        @NamedQuery(name = Project.FIND_ALL, query = "select p from Project p order by p.code")
})
public class Project extends BaseEntity {

    public static final String COUNT_ALL = "Project.countAll";
    public static final String FIND_BY_CODE = "Project.findByCode";
    public static final String FIND_ALL = "Project.findAll";

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;
    public static final int DEPARTMENT_MAX = 100;

    @Column(name = "code", nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "department", nullable = false, length = DEPARTMENT_MAX)
    private String department;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "startDate", column = @Column(name = "start_date", nullable = false)),
            @AttributeOverride(name = "endDate", column = @Column(name = "end_date"))
    })
    private Period period;

    /**
     * The project of {@code code} (any case, surrounding blanks ignored); empty when there is none, or when
     * the text could be no code at all (then without asking the database).
     */
    public static Optional<Project> findByCode(EntityManager em, String code) {
        return Text.asCode(code).flatMap(wanted -> em.createNamedQuery(FIND_BY_CODE, Project.class)
                .setParameter("code", wanted).getResultStream().findFirst());
    }

    protected Project() {
        // for JPA
    }

    public Project(String code, String name, String department, Period period) {
        this.code = Text.code(code, "code", "The project code", CODE_MAX);
        this.name = Text.required(name, "name", "The project name", NAME_MAX);
        this.department = Text.required(department, "department", "The department", DEPARTMENT_MAX);
        this.period = Objects.requireNonNull(period, "A project needs its period");
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDepartment() {
        return department;
    }

    public Period getPeriod() {
        return period;
    }
}
