package org.pmorotations.service.report;

import java.util.List;

/** One page of a rotation list and how many rotations the whole list has. */
public record RotationListPage(List<RotationListRow> rows, long total) {

    public RotationListPage {
        rows = List.copyOf(rows);
    }
}
