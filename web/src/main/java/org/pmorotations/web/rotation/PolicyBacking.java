package org.pmorotations.web.rotation;

import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.service.rotation.PolicyService;
import org.pmorotations.service.rotation.PolicySettings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.web.shared.FormMessages;
import org.pmorotations.web.shared.Texts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * admin/policy.xhtml: the thresholds of the scheduling rules. Administrators change them (the
 * service says so too); a refused value keeps what was typed and says why next to its field.
 */
@Named
@ViewScoped
public class PolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Each setting the service may refuse, to its input. */
    private static final Map<String, String> INPUTS = Map.of(
            "minMonths", "policyForm:minMonths", "maxMonths", "policyForm:maxMonths",
            "analystMinLevel", "policyForm:analystMinLevel", "managerMinLevel", "policyForm:managerMinLevel",
            "enterpriseMinLevel", "policyForm:enterpriseMinLevel", "tenureMonths", "policyForm:tenureMonths",
            "coolOffMonths", "policyForm:coolOffMonths", "atRiskDays", "policyForm:atRiskDays",
            "returnHorizonMonths", "policyForm:returnHorizonMonths");

    @Inject
    Texts texts;

    @Inject
    PolicyService policies;

    private Integer minMonths;
    private Integer maxMonths;
    private CareerLevel analystMinLevel;
    private CareerLevel managerMinLevel;
    private CareerLevel enterpriseMinLevel;
    private Integer tenureMonths;
    private Integer coolOffMonths;
    private Integer atRiskDays;
    private Integer returnHorizonMonths;
    private long version;
    private boolean stale;

    @PostConstruct
    void load() {
        PolicySettings settings = policies.settings();
        Policy policy = settings.policy();
        minMonths = policy.minMonths();
        maxMonths = policy.maxMonths();
        analystMinLevel = policy.analystMinLevel();
        managerMinLevel = policy.managerMinLevel();
        enterpriseMinLevel = policy.enterpriseMinLevel();
        tenureMonths = policy.tenureMonths();
        coolOffMonths = policy.coolOffMonths();
        atRiskDays = policy.atRiskDays();
        returnHorizonMonths = policy.returnHorizonMonths();
        version = settings.version();
        stale = false;
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            policies.update(new Policy(minMonths, maxMonths, analystMinLevel, managerMinLevel, enterpriseMinLevel,
                    tenureMonths, coolOffMonths, atRiskDays, returnHorizonMonths), version);
            load();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("policy.saved"), ""));
        } catch (StaleVersionException concurrent) {
            stale = true;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, concurrent.getMessage(), ""));
            faces.validationFailed();
        } catch (Refusal refused) {
            FormMessages.reject(refused, INPUTS);
            faces.validationFailed();
        }
    }

    /** After a conflict: what is stored now replaces what was typed. */
    public void reload() {
        load();
    }

    public List<CareerLevel> getLevels() {
        return List.of(CareerLevel.values());
    }

    public Integer getMinMonths() {
        return minMonths;
    }

    public void setMinMonths(Integer minMonths) {
        this.minMonths = minMonths;
    }

    public Integer getMaxMonths() {
        return maxMonths;
    }

    public void setMaxMonths(Integer maxMonths) {
        this.maxMonths = maxMonths;
    }

    public CareerLevel getAnalystMinLevel() {
        return analystMinLevel;
    }

    public void setAnalystMinLevel(CareerLevel analystMinLevel) {
        this.analystMinLevel = analystMinLevel;
    }

    public CareerLevel getManagerMinLevel() {
        return managerMinLevel;
    }

    public void setManagerMinLevel(CareerLevel managerMinLevel) {
        this.managerMinLevel = managerMinLevel;
    }

    public CareerLevel getEnterpriseMinLevel() {
        return enterpriseMinLevel;
    }

    public void setEnterpriseMinLevel(CareerLevel enterpriseMinLevel) {
        this.enterpriseMinLevel = enterpriseMinLevel;
    }

    public Integer getTenureMonths() {
        return tenureMonths;
    }

    public void setTenureMonths(Integer tenureMonths) {
        this.tenureMonths = tenureMonths;
    }

    public Integer getCoolOffMonths() {
        return coolOffMonths;
    }

    public void setCoolOffMonths(Integer coolOffMonths) {
        this.coolOffMonths = coolOffMonths;
    }

    public Integer getAtRiskDays() {
        return atRiskDays;
    }

    public void setAtRiskDays(Integer atRiskDays) {
        this.atRiskDays = atRiskDays;
    }

    public Integer getReturnHorizonMonths() {
        return returnHorizonMonths;
    }

    public void setReturnHorizonMonths(Integer returnHorizonMonths) {
        this.returnHorizonMonths = returnHorizonMonths;
    }

    public boolean isStale() {
        return stale;
    }
}
