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
import org.pmorotations.domain.shared.ConflictException;
import org.pmorotations.domain.shared.DomainException;
import org.pmorotations.domain.staff.CareerLevel;

import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;

/**
 * admin/policy.xhtml: the thresholds of the scheduling rules. Administrators change them (the
 * service says so too); a refused value keeps what was typed and says why next to its field.
 */
@Named
@ViewScoped
public class PolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
        version = settings.version();
        stale = false;
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            policies.update(new Policy(minMonths, maxMonths, analystMinLevel, managerMinLevel, enterpriseMinLevel,
                    tenureMonths, coolOffMonths, atRiskDays), version);
            load();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle(faces).getString("policy.saved"), ""));
        } catch (ConflictException concurrent) {
            stale = true;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, concurrent.getMessage(), ""));
            faces.validationFailed();
        } catch (DomainException refused) {
            faces.addMessage("policyForm:" + refused.getRule(), new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
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

    private static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "text");
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

    public boolean isStale() {
        return stale;
    }
}
