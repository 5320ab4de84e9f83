package org.pmorotations.web.staff;

import org.pmorotations.service.staff.StaffProfile;
import org.pmorotations.service.staff.StaffService;

import java.time.Clock;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.domain.shared.Refusal;

import java.io.IOException;

import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.service.project.OpenRoleService;

import java.util.List;

/** Backs {@code staff/view.xhtml?employee=...}: one person's career history, and their seat at home while they rotate. */
@Named("staffView")
@RequestScoped
public class ViewBacking {

    @Inject
    StaffService staffService;

    @Inject
    Clock clock;

    @Inject
    OpenRoleService openRoles;

    @Inject
    FacesContext faces;

    private String employee;
    private StaffProfile profile;
    private CareerTimeline timeline;
    private List<OpenRole> seatsHeld;

    /** Loads the person; refused (403) or unknown (404) never shows data. */
    public void load() throws IOException {
        try {
            profile = staffService.profile(employee);
        } catch (EJBAccessException refused) {
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
        } catch (Refusal unknown) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public String getEmployee() {
        return employee;
    }

    public void setEmployee(String employee) {
        this.employee = employee;
    }

    public StaffProfile getProfile() {
        return profile;
    }

    /** Their seat at home while they rotate: held for them (open) or filled by someone else. */
    public List<OpenRole> getSeatsHeld() {
        if (seatsHeld == null) {
            seatsHeld = profile == null ? List.of() : openRoles.seatsHeldFor(employee);
        }
        return seatsHeld;
    }

    /** The career on one line of time, from the profile already read (no query). */
    public CareerTimeline getTimeline() {
        if (timeline == null && profile != null) {
            timeline = CareerTimeline.of(profile, java.time.LocalDate.now(clock));
        }
        return timeline;
    }
}
