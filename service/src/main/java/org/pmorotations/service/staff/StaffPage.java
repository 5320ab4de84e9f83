package org.pmorotations.service.staff;

import org.pmorotations.domain.staff.Staff;

import java.util.List;

/** One page of a staff search and the number of matches in all. */
public record StaffPage(List<Staff> items, long total) {
}
