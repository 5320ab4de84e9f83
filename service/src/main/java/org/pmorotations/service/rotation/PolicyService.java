package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Policy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.service.security.AuditService;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.CareerLevel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and changes the policy settings (table policy_setting, defaults from migration V3). A
 * missing or unreadable setting falls back to the design's default rather than stopping
 * scheduling.
 *
 * <p>The policy's version is the sum of its settings' versions: every change raises it, so an
 * administrator who saves what they read before someone else's change gets a conflict instead
 * of silently undoing it. A change locks the settings' rows first, so two saves are checked one
 * after the other.
 */
@Stateless
public class PolicyService {

    static final String MIN_MONTHS = "DURATION_MIN_MONTHS";
    static final String MAX_MONTHS = "DURATION_MAX_MONTHS";
    static final String ANALYST_LEVEL = "ELIGIBILITY_ANALYST_LEVEL";
    static final String MANAGER_LEVEL = "ELIGIBILITY_MANAGER_LEVEL";
    static final String ENTERPRISE_LEVEL = "ELIGIBILITY_ENTERPRISE_LEVEL";
    static final String TENURE_MONTHS = "TENURE_MONTHS";
    static final String COOL_OFF_MONTHS = "COOL_OFF_MONTHS";
    static final String AT_RISK_DAYS = "RETURN_PLAN_AT_RISK_DAYS";
    static final String RETURN_HORIZON_MONTHS = "RETURN_MATCH_MONTHS";

    /** The longest thresholds accepted; beyond them a value is far more likely a typing error than a policy. */
    static final int MAX_MONTHS_SETTING = 120;
    static final int MAX_DAYS_SETTING = 365;

    @PersistenceContext
    private EntityManager em;

    @Inject
    AuditService audit;

    @PermitAll
    public Policy current() {
        return settings().policy();
    }

    /** The policy with the version to send back with a change. */
    @PermitAll
    public PolicySettings settings() {
        return read(false);
    }

    /**
     * Replaces the policy. Every threshold is checked, each failure naming its field (the
     * {@link Policy} component's name); {@code version} is the one {@link #settings()} gave.
     *
     * @throws StaleVersionException when the policy changed since {@code version} was read; nothing changes
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public PolicySettings update(Policy wanted, Long version) {
        if (wanted == null) {
            throw new InvalidValueException("body", "The policy is missing.");
        }
        validate(wanted);
        PolicySettings stored = read(true);
        if (version == null) {
            throw new InvalidValueException("version", "The version read is required, so that a concurrent change is not overwritten.");
        }
        if (version != stored.version()) {
            throw new StaleVersionException("Someone changed the policy since you read it (version " + version
                    + ", now " + stored.version() + "). Read it again.");
        }
        Map<String, String> before = values(stored.policy());
        Map<String, String> after = values(wanted);
        after.forEach((code, value) -> {
            if (!value.equals(before.get(code))) {
                int updated = em.createNativeQuery("UPDATE policy_setting SET setting = ?, version = version + 1 WHERE code = ?")
                        .setParameter(1, value).setParameter(2, code).executeUpdate();
                if (updated == 0) {
                    em.createNativeQuery("INSERT INTO policy_setting (code, version, setting) VALUES (?, 1, ?)")
                            .setParameter(1, code).setParameter(2, value).executeUpdate();
                }
            }
        });
        String changed = after.entrySet().stream().filter(entry -> !entry.getValue().equals(before.get(entry.getKey())))
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "));
        if (!changed.isEmpty()) {
            String was = before.entrySet().stream().filter(entry -> !entry.getValue().equals(after.get(entry.getKey())))
                    .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "));
            audit.record("POLICY_CHANGED", "POLICY", "rules", was, changed);
        }
        return read(false);
    }

    private static void validate(Policy policy) {
        requireBetween("minMonths", "The shortest rotation", policy.minMonths(), 1, MAX_MONTHS_SETTING, "months");
        requireBetween("maxMonths", "The longest rotation", policy.maxMonths(), 1, MAX_MONTHS_SETTING, "months");
        if (policy.maxMonths() < policy.minMonths()) {
            throw new InvalidValueException("maxMonths", "The longest rotation (" + policy.maxMonths()
                    + " months) cannot be shorter than the shortest (" + policy.minMonths() + " months).");
        }
        requireLevel("analystMinLevel", policy.analystMinLevel());
        requireLevel("managerMinLevel", policy.managerMinLevel());
        requireLevel("enterpriseMinLevel", policy.enterpriseMinLevel());
        requireBetween("tenureMonths", "The tenure before a first rotation", policy.tenureMonths(), 0, MAX_MONTHS_SETTING, "months");
        requireBetween("coolOffMonths", "The time back in project roles between two rotations", policy.coolOffMonths(),
                0, MAX_MONTHS_SETTING, "months");
        requireBetween("atRiskDays", "The warning time before a rotation without a return ends", policy.atRiskDays(),
                0, MAX_DAYS_SETTING, "days");
        requireBetween("returnHorizonMonths", "How far ahead the way back is planned", policy.returnHorizonMonths(), 1, 24, "months");
    }

    private static void requireBetween(String field, String what, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, what + " is " + min + " to " + max + " " + unit + ", not " + value + ".");
        }
    }

    private static void requireLevel(String field, CareerLevel level) {
        if (level == null) {
            throw new InvalidValueException(field, "A career level is required (one of " + List.of(CareerLevel.values()) + ").");
        }
    }

    private PolicySettings read(boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, setting, version FROM policy_setting ORDER BY code"
                + (lock ? " FOR UPDATE" : "")).getResultList();
        Map<String, String> settings = new LinkedHashMap<>();
        long version = 0;
        for (Object[] row : rows) {
            settings.put(String.valueOf(row[0]), String.valueOf(row[1]));
            version += ((Number) row[2]).longValue();
        }
        Policy defaults = Policy.DEFAULTS;
        return new PolicySettings(new Policy(
                number(settings, MIN_MONTHS, defaults.minMonths()),
                number(settings, MAX_MONTHS, defaults.maxMonths()),
                level(settings, ANALYST_LEVEL, defaults.analystMinLevel()),
                level(settings, MANAGER_LEVEL, defaults.managerMinLevel()),
                level(settings, ENTERPRISE_LEVEL, defaults.enterpriseMinLevel()),
                number(settings, TENURE_MONTHS, defaults.tenureMonths()),
                number(settings, COOL_OFF_MONTHS, defaults.coolOffMonths()),
                number(settings, AT_RISK_DAYS, defaults.atRiskDays()),
                number(settings, RETURN_HORIZON_MONTHS, defaults.returnHorizonMonths())), version);
    }

    private static Map<String, String> values(Policy policy) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MIN_MONTHS, String.valueOf(policy.minMonths()));
        values.put(MAX_MONTHS, String.valueOf(policy.maxMonths()));
        values.put(ANALYST_LEVEL, policy.analystMinLevel().name());
        values.put(MANAGER_LEVEL, policy.managerMinLevel().name());
        values.put(ENTERPRISE_LEVEL, policy.enterpriseMinLevel().name());
        values.put(TENURE_MONTHS, String.valueOf(policy.tenureMonths()));
        values.put(COOL_OFF_MONTHS, String.valueOf(policy.coolOffMonths()));
        values.put(AT_RISK_DAYS, String.valueOf(policy.atRiskDays()));
        values.put(RETURN_HORIZON_MONTHS, String.valueOf(policy.returnHorizonMonths()));
        return values;
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
