package org.pmorotations.service.staff;

import org.pmorotations.domain.staff.CareerLevel;

/**
 * What the staff directory asks for: filters (each optional), one sort and a page.
 *
 * @param text       part of the name or the employee number, any case
 * @param level      exactly this career level
 * @param department exactly this department
 * @param rotated    true: only people who have started a rotation (ACTIVE, COMPLETED or CURTAILED, as the
 *                   dashboard's participation counts); false: only people who have not; null: everyone
 * @param first      the index of the first row (0-based)
 * @param size       rows per page (1 to 200)
 */
public record DirectoryQuery(String text, CareerLevel level, String department, Boolean rotated, Sort sort, boolean descending,
                             int first, int size) {

    /** The columns the directory sorts by; each is sorted by the database. */
    public enum Sort { NAME, EMPLOYEE_NUMBER, LEVEL, DEPARTMENT, MONTHS_SINCE_ROTATION }

    public DirectoryQuery {
        sort = sort == null ? Sort.NAME : sort;
        first = Math.max(first, 0);
        size = Math.min(Math.max(size, 1), 200);
    }
}
