package org.pmorotations.staff;

import org.pmorotations.project.ProjectRole;
import org.pmorotations.rotation.Rotation;

import java.util.List;

/** One staff member with their career history, as a page shows it. */
public record StaffProfile(Staff staff, List<LevelChange> levels, List<Rotation> rotations, List<ProjectRole> roles) {
}
