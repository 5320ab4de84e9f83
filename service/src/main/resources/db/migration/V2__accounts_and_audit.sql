-- User accounts with their roles, and the audit log.

CREATE TABLE user_account (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    username        VARCHAR(60)  NOT NULL,
    password_hash   VARCHAR(300) NOT NULL,
    staff_id        BIGINT,
    enabled         BOOLEAN      NOT NULL,
    failed_sign_ins INTEGER      NOT NULL,
    locked_until    TIMESTAMP,
    last_sign_in    TIMESTAMP,
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT uq_user_account_staff UNIQUE (staff_id),
    CONSTRAINT fk_user_account_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT ck_user_account_failures CHECK (failed_sign_ins >= 0)
);

CREATE TABLE user_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'PMO_MANAGER', 'LEADER', 'STAFF'))
);

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject_key  VARCHAR(100),
    before_value VARCHAR(4000),
    after_value  VARCHAR(4000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_key);
