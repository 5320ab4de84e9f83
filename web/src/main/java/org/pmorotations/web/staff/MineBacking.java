package org.pmorotations.web.staff;

import org.pmorotations.service.staff.StaffProfile;
import org.pmorotations.service.staff.StaffService;

import java.time.Clock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.web.security.CurrentUser;

import java.time.LocalDate;

/**
 * Backs {@code staff/mine.xhtml}: the signed-in person's own career, rotations, objectives,
 * evaluations and reserved return. It asks only for the caller's own employee number, and the
 * service's row rule would refuse any other to a STAFF user anyway.
 */
@Named("staffMine")
@RequestScoped
public class MineBacking {

    @Inject
    StaffService staffService;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    private StaffProfile profile;
    private CareerTimeline timeline;

    public void load() {
        currentUser.employeeNumber().ifPresent(number -> {
            profile = staffService.profile(number);
            timeline = CareerTimeline.of(profile, LocalDate.now(clock));
        });
    }

    public StaffProfile getProfile() {
        return profile;
    }

    public CareerTimeline getTimeline() {
        return timeline;
    }
}
