-- The thresholds of the scheduling rules, changeable by an administrator; the design's defaults.

CREATE TABLE policy_setting (
    code      VARCHAR(40)  NOT NULL,
    version   BIGINT       NOT NULL,
    setting   VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_policy_setting PRIMARY KEY (code)
);

INSERT INTO policy_setting (code, version, setting) VALUES ('DURATION_MIN_MONTHS', 0, '12');
INSERT INTO policy_setting (code, version, setting) VALUES ('DURATION_MAX_MONTHS', 0, '24');
INSERT INTO policy_setting (code, version, setting) VALUES ('ELIGIBILITY_ANALYST_LEVEL', 0, 'PROJECT_COORDINATOR');
INSERT INTO policy_setting (code, version, setting) VALUES ('ELIGIBILITY_MANAGER_LEVEL', 0, 'SENIOR_PROJECT_MANAGER');
INSERT INTO policy_setting (code, version, setting) VALUES ('ELIGIBILITY_ENTERPRISE_LEVEL', 0, 'PROJECT_MANAGER');
INSERT INTO policy_setting (code, version, setting) VALUES ('TENURE_MONTHS', 0, '12');
INSERT INTO policy_setting (code, version, setting) VALUES ('COOL_OFF_MONTHS', 0, '12');
INSERT INTO policy_setting (code, version, setting) VALUES ('RETURN_PLAN_AT_RISK_DAYS', 0, '60');
