package org.pmorotations.service.rotation;

import java.time.LocalDate;

/** What one run of the daily job changed. */
public record DailyJobResult(LocalDate asOf, int activated, int returnsConfirmed, int completed, int flaggedOverdue) {

    public int changes() {
        return activated + returnsConfirmed + completed + flaggedOverdue;
    }
}
