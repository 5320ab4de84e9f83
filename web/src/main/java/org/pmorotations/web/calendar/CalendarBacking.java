package org.pmorotations.web.calendar;

import org.pmorotations.domain.calendar.CalendarFeed;
import org.pmorotations.service.calendar.CalendarFeedService;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.service.pmo.PmoService;
import org.pmorotations.web.security.CurrentUser;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.web.shared.FormMessages;
import org.pmorotations.web.shared.Texts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * calendar/index.xhtml: the signed-in user's calendar links: make one (to their own rotations; to
 * a PMO's or anyone's for those who read everything), see the address once, revoke.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Texts texts;

    @Inject
    CalendarFeedService feeds;

    @Inject
    PmoService pmos;

    @Inject
    CurrentUser currentUser;

    private List<CalendarFeed> links;
    private List<Pmo> pmoChoices;
    private String pmoCode;
    private String employeeNumber;
    private String newAddress;

    @PostConstruct
    void load() {
        links = feeds.mine();
        pmoChoices = currentUser.isReadingAll() ? pmos.list() : List.of();
    }

    public void createOwn() {
        create(CalendarFeed.Kind.PERSON, currentUser.getEmployeeNumber(), null);
    }

    public void createForPerson() {
        create(CalendarFeed.Kind.PERSON, employeeNumber, "calendarForm:employeeNumber");
    }

    public void createForPmo() {
        create(CalendarFeed.Kind.PMO, pmoCode, "calendarForm:pmoCode");
    }

    public void revoke(CalendarFeed feed) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            feeds.revoke(feed.getId());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("calendar.revoked"), ""));
        } catch (Refusal refused) {
            FormMessages.reject(refused, Map.of());
        }
        newAddress = null;
        links = feeds.mine();
    }

    private void create(CalendarFeed.Kind kind, String subject, String field) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            CalendarFeedService.NewFeed made = feeds.create(kind, subject);
            ExternalContext external = faces.getExternalContext();
            int port = external.getRequestServerPort();
            boolean defaultPort = port == 80 && "http".equals(external.getRequestScheme())
                    || port == 443 && "https".equals(external.getRequestScheme());
            newAddress = external.getRequestScheme() + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                    + external.getRequestContextPath() + "/ical/" + made.token() + ".ics";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.get("calendar.made", made.feed().getSubject()), ""));
            links = feeds.mine();
        } catch (Refusal refused) {
            newAddress = null;
            FormMessages.reject(refused, Map.of("subject", field, "kind", field));
            faces.validationFailed();
        }
    }


    public List<CalendarFeed> getLinks() {
        return links;
    }

    public List<Pmo> getPmoChoices() {
        return pmoChoices;
    }

    public String getPmoCode() {
        return pmoCode;
    }

    public void setPmoCode(String pmoCode) {
        this.pmoCode = pmoCode;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getNewAddress() {
        return newAddress;
    }
}
