package org.pmorotations.web.overview;

import org.pmorotations.service.staff.StaffService;
import org.pmorotations.web.security.CurrentUser;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The Overview's "your next step" for a staff member ({@code index.xhtml}): read from their own
 * profile only (the service's row rule allows a STAFF user nothing else), once per request.
 */
@Named("nextStep")
@RequestScoped
public class NextStepBacking {

    @Inject
    StaffService staffService;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private NextStep step;

    /** Shown to an account linked to a staff member that does not read every rotation (they have the work queue). */
    public boolean isShown() {
        return !currentUser.isReadingAll() && currentUser.employeeNumber().isPresent();
    }

    public NextStep getStep() {
        if (step == null && isShown()) {
            step = NextStep.of(staffService.profile(currentUser.getEmployeeNumber()).rotations(), LocalDate.now(clock));
        }
        return step;
    }
}
