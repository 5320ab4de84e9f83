package org.pmorotations.domain.rotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.shared.BaseEntity;
import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The project role a person moves to after a rotation: project, career level and start date.
 * RESERVED before the rotation ends, CONFIRMED when it starts. Part of the {@link Rotation}
 * aggregate, which keeps its rules.
 */
@Entity
@Table(name = "return_placement")
public class ReturnPlacement extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "career_level", nullable = false, length = 30)
    private CareerLevel level;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "reserved_on", nullable = false)
    private LocalDate reservedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReturnStatus status = ReturnStatus.RESERVED;

    /** The open role it was reserved from, when it came from the person's matches: confirmed, it fills that role. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "open_role_id")
    private OpenRole openRole;

    protected ReturnPlacement() {
        // for JPA
    }

    ReturnPlacement(Project project, CareerLevel level, LocalDate startDate, LocalDate reservedOn) {
        this.project = Objects.requireNonNull(project, "A return placement needs a project");
        this.level = Objects.requireNonNull(level, "A return placement needs a career level");
        this.startDate = Objects.requireNonNull(startDate, "A return placement needs a start date");
        this.reservedOn = Objects.requireNonNull(reservedOn);
    }

    void matched(OpenRole role) {
        this.openRole = Objects.requireNonNull(role);
    }

    void confirm() {
        this.status = ReturnStatus.CONFIRMED;
    }

    public Project getProject() {
        return project;
    }

    public CareerLevel getLevel() {
        return level;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getReservedOn() {
        return reservedOn;
    }

    public Optional<OpenRole> getOpenRole() {
        return Optional.ofNullable(openRole);
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public boolean isConfirmed() {
        return status == ReturnStatus.CONFIRMED;
    }
}
