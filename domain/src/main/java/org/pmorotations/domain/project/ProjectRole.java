package org.pmorotations.domain.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.pmorotations.domain.shared.BaseEntity;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.Staff;

import java.util.Objects;

/**
 * A staff member's role on a project for a period, at a career level: their primary assignment
 * for that period. Keeps: the role lies within the project's period. (That a person has at most
 * one primary assignment a day spans several aggregates and is checked by the services.)
 */
@Entity
@Table(name = "project_role")
public class ProjectRole extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false)
    private Staff staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "career_level", nullable = false, length = 30)
    private CareerLevel level;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "startDate", column = @Column(name = "start_date", nullable = false)),
            @AttributeOverride(name = "endDate", column = @Column(name = "end_date"))
    })
    private Period period;

    protected ProjectRole() {
        // for JPA
    }

    public ProjectRole(Staff staff, Project project, CareerLevel level, Period period) {
        this.staff = Objects.requireNonNull(staff, "A project role needs a staff member");
        this.project = Objects.requireNonNull(project, "A project role needs a project");
        this.level = Objects.requireNonNull(level, "A project role needs a career level");
        this.period = Objects.requireNonNull(period, "A project role needs a period");
        requireWithinProject(period);
    }

    /** Ends the role on {@code lastDay}, e.g. when the person rotates into a PMO. */
    public void endOn(java.time.LocalDate lastDay) {
        Period ended = period.withEnd(lastDay);
        requireWithinProject(ended);
        this.period = ended;
    }

    /** Runs until {@code lastDay} again, or open-ended when it is null: a role given back as it was. */
    public void restoreEnd(java.time.LocalDate lastDay) {
        Period restored = period.withEnd(lastDay);
        requireWithinProject(restored);
        this.period = restored;
    }

    private void requireWithinProject(Period candidate) {
        if (!project.getPeriod().covers(candidate)) {
            String field = project.getPeriod().contains(candidate.start()) ? "end" : "start";
            throw new InvalidValueException(field, "The role from " + candidate + " lies outside project "
                    + project.getCode() + ", which runs from " + project.getPeriod() + ".");
        }
    }

    public Staff getStaff() {
        return staff;
    }

    public Project getProject() {
        return project;
    }

    public CareerLevel getLevel() {
        return level;
    }

    public Period getPeriod() {
        return period;
    }
}
