package org.pmorotations.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.pmorotations.domain.shared.BaseEntity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated step on a person's career ladder: from {@code effective} on, the person holds
 * {@code level}. The first one is the level at hire; later ones are promotions (or, rarely,
 * moves down). Part of the {@link Staff} aggregate.
 */
@Entity
@Table(name = "level_change")
public class LevelChange extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false)
    private Staff staff;

    @Enumerated(EnumType.STRING)
    @Column(name = "career_level", nullable = false, length = 30)
    private CareerLevel level;

    @Column(name = "effective", nullable = false)
    private LocalDate effective;

    protected LevelChange() {
        // for JPA
    }

    LevelChange(Staff staff, CareerLevel level, LocalDate effective) {
        this.staff = Objects.requireNonNull(staff);
        this.level = Objects.requireNonNull(level, "A level change needs a level");
        this.effective = Objects.requireNonNull(effective, "A level change needs its effective date");
    }

    public Staff getStaff() {
        return staff;
    }

    public CareerLevel getLevel() {
        return level;
    }

    public LocalDate getEffective() {
        return effective;
    }
}
