-- The initial schema of PMO Rotations. Portable SQL that runs unchanged on H2 (2.x) and
-- PostgreSQL (13+): no vendor types, identity by one shared sequence, dates as DATE, instants
-- as TIMESTAMP in UTC. What must never be violated is a constraint here, not only a check in
-- the code: unique business keys, non-negative seats, ends not before starts, known enum values.

-- EclipseLink reads each value as the last id of a block of 50, so the first value is 50.
CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE staff (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    employee_number VARCHAR(20)  NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    department      VARCHAR(100) NOT NULL,
    hire_date       DATE         NOT NULL,
    career_level    VARCHAR(30)  NOT NULL,
    active          BOOLEAN      NOT NULL,
    CONSTRAINT pk_staff PRIMARY KEY (id),
    CONSTRAINT uq_staff_employee_number UNIQUE (employee_number),
    CONSTRAINT ck_staff_level CHECK (career_level IN ('PROJECT_COORDINATOR', 'PROJECT_MANAGER',
        'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER'))
);
CREATE INDEX ix_staff_career_level ON staff (career_level);
CREATE INDEX ix_staff_department ON staff (department);

CREATE TABLE level_change (
    id           BIGINT      NOT NULL,
    version      BIGINT      NOT NULL,
    staff_id     BIGINT      NOT NULL,
    career_level VARCHAR(30) NOT NULL,
    effective    DATE        NOT NULL,
    CONSTRAINT pk_level_change PRIMARY KEY (id),
    CONSTRAINT fk_level_change_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT uq_level_change_staff_day UNIQUE (staff_id, effective),
    CONSTRAINT ck_level_change_level CHECK (career_level IN ('PROJECT_COORDINATOR', 'PROJECT_MANAGER',
        'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER'))
);
-- uq_level_change_staff_day also serves as the index of the foreign key (staff_id first).
CREATE INDEX ix_level_change_effective ON level_change (effective);

CREATE TABLE project (
    id         BIGINT       NOT NULL,
    version    BIGINT       NOT NULL,
    code       VARCHAR(20)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    department VARCHAR(100) NOT NULL,
    start_date DATE         NOT NULL,
    end_date   DATE,
    CONSTRAINT pk_project PRIMARY KEY (id),
    CONSTRAINT uq_project_code UNIQUE (code),
    CONSTRAINT ck_project_period CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE project_role (
    id           BIGINT      NOT NULL,
    version      BIGINT      NOT NULL,
    staff_id     BIGINT      NOT NULL,
    project_id   BIGINT      NOT NULL,
    career_level VARCHAR(30) NOT NULL,
    start_date   DATE        NOT NULL,
    end_date     DATE,
    CONSTRAINT pk_project_role PRIMARY KEY (id),
    CONSTRAINT fk_project_role_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_project_role_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_project_role_period CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_project_role_level CHECK (career_level IN ('PROJECT_COORDINATOR', 'PROJECT_MANAGER',
        'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER'))
);
CREATE INDEX ix_project_role_staff_start ON project_role (staff_id, start_date);
CREATE INDEX ix_project_role_project ON project_role (project_id);
CREATE INDEX ix_project_role_dates ON project_role (start_date, end_date);

CREATE TABLE pmo (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    code          VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    tier          VARCHAR(20)  NOT NULL,
    analyst_seats INTEGER      NOT NULL,
    manager_seats INTEGER      NOT NULL,
    opens         DATE         NOT NULL,
    closes        DATE,
    CONSTRAINT pk_pmo PRIMARY KEY (id),
    CONSTRAINT uq_pmo_code UNIQUE (code),
    CONSTRAINT ck_pmo_tier CHECK (tier IN ('PROGRAM', 'DEPARTMENT', 'ENTERPRISE')),
    CONSTRAINT ck_pmo_analyst_seats CHECK (analyst_seats >= 0),
    CONSTRAINT ck_pmo_manager_seats CHECK (manager_seats >= 0),
    CONSTRAINT ck_pmo_period CHECK (closes IS NULL OR closes >= opens)
);

CREATE TABLE return_placement (
    id           BIGINT      NOT NULL,
    version      BIGINT      NOT NULL,
    project_id   BIGINT      NOT NULL,
    career_level VARCHAR(30) NOT NULL,
    start_date   DATE        NOT NULL,
    reserved_on  DATE        NOT NULL,
    status       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_return_placement PRIMARY KEY (id),
    CONSTRAINT fk_return_placement_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_return_placement_status CHECK (status IN ('RESERVED', 'CONFIRMED')),
    CONSTRAINT ck_return_placement_level CHECK (career_level IN ('PROJECT_COORDINATOR', 'PROJECT_MANAGER',
        'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER'))
);
CREATE INDEX ix_return_placement_project ON return_placement (project_id);
CREATE INDEX ix_return_placement_start ON return_placement (start_date);

CREATE TABLE rotation (
    id                  BIGINT      NOT NULL,
    version             BIGINT      NOT NULL,
    staff_id            BIGINT      NOT NULL,
    pmo_id              BIGINT      NOT NULL,
    pmo_role            VARCHAR(20) NOT NULL,
    start_date          DATE        NOT NULL,
    planned_end         DATE        NOT NULL,
    actual_end          DATE,
    status              VARCHAR(20) NOT NULL,
    overdue             BOOLEAN     NOT NULL,
    return_placement_id BIGINT,
    CONSTRAINT pk_rotation PRIMARY KEY (id),
    CONSTRAINT fk_rotation_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_rotation_pmo FOREIGN KEY (pmo_id) REFERENCES pmo (id),
    CONSTRAINT fk_rotation_return_placement FOREIGN KEY (return_placement_id) REFERENCES return_placement (id),
    CONSTRAINT uq_rotation_return_placement UNIQUE (return_placement_id),
    CONSTRAINT ck_rotation_role CHECK (pmo_role IN ('PMO_ANALYST', 'PMO_MANAGER')),
    CONSTRAINT ck_rotation_status CHECK (status IN ('PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CANCELLED', 'CURTAILED')),
    CONSTRAINT ck_rotation_period CHECK (planned_end >= start_date),
    CONSTRAINT ck_rotation_actual_end CHECK (actual_end IS NULL OR actual_end >= start_date)
);
CREATE INDEX ix_rotation_staff_start ON rotation (staff_id, start_date);
CREATE INDEX ix_rotation_pmo_role_start ON rotation (pmo_id, pmo_role, start_date);
CREATE INDEX ix_rotation_status_end ON rotation (status, planned_end);
CREATE INDEX ix_rotation_dates ON rotation (start_date, planned_end);

CREATE TABLE rotation_objective (
    rotation_id BIGINT        NOT NULL,
    objective   VARCHAR(40)   NOT NULL,
    rating      VARCHAR(20),
    note        VARCHAR(2000),
    CONSTRAINT pk_rotation_objective PRIMARY KEY (rotation_id, objective),
    CONSTRAINT fk_rotation_objective_rotation FOREIGN KEY (rotation_id) REFERENCES rotation (id),
    CONSTRAINT ck_rotation_objective CHECK (objective IN ('PROGRAM_MANAGEMENT', 'PORTFOLIO_MANAGEMENT',
        'ORGANISATIONAL_VISIBILITY', 'PROCESS_IMPROVEMENT', 'LEADERSHIP_NETWORK')),
    CONSTRAINT ck_rotation_objective_rating CHECK (rating IS NULL OR rating IN ('NOT_MET', 'PARTLY_MET', 'MET'))
);

CREATE TABLE rotation_event (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    rotation_id BIGINT        NOT NULL,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)   NOT NULL,
    from_end    DATE,
    to_end      DATE          NOT NULL,
    reason      VARCHAR(1000),
    CONSTRAINT pk_rotation_event PRIMARY KEY (id),
    CONSTRAINT fk_rotation_event_rotation FOREIGN KEY (rotation_id) REFERENCES rotation (id)
);
CREATE INDEX ix_rotation_event_rotation_at ON rotation_event (rotation_id, occurred_at);
CREATE INDEX ix_rotation_event_occurred_at ON rotation_event (occurred_at);
