package org.pmorotations.web.pmo;

import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.service.pmo.PmoInput;
import org.pmorotations.service.pmo.PmoService;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.domain.shared.NotFoundException;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.web.security.CurrentUser;
import org.pmorotations.web.shared.FormMessages;
import org.pmorotations.web.shared.Texts;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code pmos/edit.xhtml}: a new PMO (no {@code code}) or an existing one ({@code ?code=}).
 * The edit carries the version it read: if someone saved the PMO in between, the page says so and
 * keeps what was typed. A broken rule is shown next to its field (the service names it, e.g.
 * {@code seats.PMO_ANALYST}); nothing is written. Leaders see the form read-only, without a save
 * button, and the service refuses them anyway.
 */
@Named("pmoEdit")
@ViewScoped
public class EditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Rule or field named by the service, to the input that shows its message. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("code", "code"), Map.entry("name", "name"), Map.entry("tier", "tier"),
            Map.entry("seats", "analystSeats"), Map.entry("seats.PMO_ANALYST", "analystSeats"),
            Map.entry("seats.PMO_MANAGER", "managerSeats"), Map.entry("opens", "opens"), Map.entry("start", "opens"),
            Map.entry("closes", "closes"), Map.entry("end", "closes"));

    @Inject
    PmoService pmoService;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private String code;
    private boolean existing;
    private String name;
    private PmoTier tier;
    private Integer analystSeats;
    private Integer managerSeats;
    private LocalDate opens;
    private LocalDate closes;
    private Long version;

    public void load() throws IOException {
        if (code == null || code.isBlank() || existing) {
            return;
        }
        try {
            Pmo pmo = pmoService.get(code);
            existing = true;
            code = pmo.getCode();
            name = pmo.getName();
            tier = pmo.getTier();
            analystSeats = pmo.seatsFor(PmoRole.PMO_ANALYST);
            managerSeats = pmo.seatsFor(PmoRole.PMO_MANAGER);
            opens = pmo.getActivePeriod().start();
            closes = pmo.getActivePeriod().end().orElse(null);
            version = pmo.getVersion();
        } catch (NotFoundException unknown) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public String save() {
        Map<String, Integer> seats = new LinkedHashMap<>();
        seats.put(PmoRole.PMO_ANALYST.name(), analystSeats);
        seats.put(PmoRole.PMO_MANAGER.name(), managerSeats);
        PmoInput input = new PmoInput(code, name, tier, seats, opens, closes, version);
        try {
            Pmo saved = existing ? pmoService.update(code, input) : pmoService.create(input);
            FormMessages.succeeded(existing ? "pmos.saved" : "pmos.created", saved.getCode());
            return "/pmos/index?faces-redirect=true";
        } catch (StaleVersionException stale) {
            FormMessages.reject(texts.get("pmos.stale") + " " + stale.getMessage());
        } catch (Refusal refused) {
            FormMessages.reject(refused, FIELDS);
        }
        return null;
    }

    public boolean isMayChange() {
        return currentUser.isAdmin() || currentUser.isPmoManager();
    }

    public String getInvalidField() {
        return FormMessages.invalidField();
    }

    public List<PmoTier> getTiers() {
        return List.of(PmoTier.values());
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PmoTier getTier() {
        return tier;
    }

    public void setTier(PmoTier tier) {
        this.tier = tier;
    }

    public Integer getAnalystSeats() {
        return analystSeats;
    }

    public void setAnalystSeats(Integer analystSeats) {
        this.analystSeats = analystSeats;
    }

    public Integer getManagerSeats() {
        return managerSeats;
    }

    public void setManagerSeats(Integer managerSeats) {
        this.managerSeats = managerSeats;
    }

    public LocalDate getOpens() {
        return opens;
    }

    public void setOpens(LocalDate opens) {
        this.opens = opens;
    }

    public LocalDate getCloses() {
        return closes;
    }

    public void setCloses(LocalDate closes) {
        this.closes = closes;
    }

    public Long getVersion() {
        return version;
    }
}
