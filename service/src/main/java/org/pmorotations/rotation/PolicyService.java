package org.pmorotations.rotation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.staff.CareerLevel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the policy settings (table policy_setting, defaults from migration V3). A missing or
 * unreadable setting falls back to the design's default rather than stopping scheduling.
 */
@Stateless
public class PolicyService {

    @PersistenceContext
    private EntityManager em;

    @PermitAll
    public Policy current() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, setting FROM policy_setting").getResultList();
        Map<String, String> settings = new HashMap<>();
        rows.forEach(row -> settings.put(String.valueOf(row[0]), String.valueOf(row[1])));
        Policy defaults = Policy.DEFAULTS;
        return new Policy(
                number(settings, "DURATION_MIN_MONTHS", defaults.minMonths()),
                number(settings, "DURATION_MAX_MONTHS", defaults.maxMonths()),
                level(settings, "ELIGIBILITY_ANALYST_LEVEL", defaults.analystMinLevel()),
                level(settings, "ELIGIBILITY_MANAGER_LEVEL", defaults.managerMinLevel()),
                level(settings, "ELIGIBILITY_ENTERPRISE_LEVEL", defaults.enterpriseMinLevel()),
                number(settings, "TENURE_MONTHS", defaults.tenureMonths()),
                number(settings, "COOL_OFF_MONTHS", defaults.coolOffMonths()),
                number(settings, "RETURN_PLAN_AT_RISK_DAYS", defaults.atRiskDays()));
    }

    private static int number(Map<String, String> settings, String code, int fallback) {
        try {
            return settings.containsKey(code) ? Integer.parseInt(settings.get(code).strip()) : fallback;
        } catch (NumberFormatException unreadable) {
            return fallback;
        }
    }

    private static CareerLevel level(Map<String, String> settings, String code, CareerLevel fallback) {
        try {
            return settings.containsKey(code) ? CareerLevel.valueOf(settings.get(code).strip()) : fallback;
        } catch (IllegalArgumentException unreadable) {
            return fallback;
        }
    }
}
