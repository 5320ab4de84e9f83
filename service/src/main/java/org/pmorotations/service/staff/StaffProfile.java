package org.pmorotations.service.staff;

import org.pmorotations.domain.staff.LevelChange;
import org.pmorotations.domain.staff.Staff;

import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.rotation.Rotation;

import java.util.List;

/** One staff member with their career history, as a page shows it. */
public record StaffProfile(Staff staff, List<LevelChange> levels, List<Rotation> rotations, List<ProjectRole> roles) {
}
