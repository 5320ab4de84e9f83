package org.pmorotations.service.report;

import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * One open seat of the bench: {@code free} of the {@code seats} seats of a PMO in one role are
 * empty on every day from {@code from} to {@code to}, and how many people could take one.
 *
 * @param eligible the people eligible for it, per career level in ladder order (index = ordinal),
 *                 each by the level they hold on {@code from}
 * @param total    their sum
 */
public record BenchRow(String pmoCode, String pmoName, String tier, String role, LocalDate from, LocalDate to,
                       int free, int seats, List<Long> eligible, long total) {

    public BenchRow {
        eligible = List.copyOf(eligible);
    }

    public long eligible(CareerLevel level) {
        return eligible.get(level.ordinal());
    }
}
