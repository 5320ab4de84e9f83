package org.pmorotations.service.rotation;

import java.util.List;

/**
 * One page of the returns page ({@link ReturnMatches#returns}).
 *
 * @param rows   the page's rotations, in the page's order
 * @param total  how many rotations the page lists in all
 * @param atRisk how many of them are at risk
 * @param page   the page, from 0
 * @param size   rotations a page
 */
public record ReturnsPage(List<ReturnRow> rows, long total, long atRisk, int page, int size) {

    public ReturnsPage {
        rows = List.copyOf(rows);
    }

    /** The position of the page's first row, from 1; 0 when it has none. */
    public long first() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return rows.isEmpty() ? 0 : (long) page * size + rows.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
