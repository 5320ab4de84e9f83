package org.pmorotations.domain.rotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The daily job's automatic run for one day, written with the changes it made: one row a day at
 * most (the day is the key), so that the run of a day is done once however many servers or
 * restarts try it.
 */
@Entity
@Table(name = "daily_job_run")
public class DailyJobRun {

    @Id
    @Column(name = "as_of")
    private LocalDate asOf;

    @Column(name = "finished_at", nullable = false)
    private LocalDateTime finishedAt;

    @Column(name = "activated", nullable = false)
    private int activated;

    @Column(name = "returns_confirmed", nullable = false)
    private int returnsConfirmed;

    @Column(name = "completed", nullable = false)
    private int completed;

    @Column(name = "flagged_overdue", nullable = false)
    private int flaggedOverdue;

    protected DailyJobRun() {
        // for JPA
    }

    public DailyJobRun(LocalDate asOf, LocalDateTime finishedAt, int activated, int returnsConfirmed, int completed,
                       int flaggedOverdue) {
        this.asOf = Objects.requireNonNull(asOf, "A run of the daily job needs its day");
        this.finishedAt = Objects.requireNonNull(finishedAt, "A run of the daily job needs its time");
        this.activated = activated;
        this.returnsConfirmed = returnsConfirmed;
        this.completed = completed;
        this.flaggedOverdue = flaggedOverdue;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }
}
