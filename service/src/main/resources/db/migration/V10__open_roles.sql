-- Project demand: a project's open roles (a person wanted at a level for a period), filled by a
-- project role or withdrawn, each step in its history. A backfill is the open role opened on a
-- person's home project when their rotation is approved: it names the rotation, the person's role
-- that was ended for it and that role's end before (null: it was open-ended), to restore it.
CREATE TABLE open_role (
    id                BIGINT       NOT NULL,
    version           BIGINT       NOT NULL,
    project_id        BIGINT       NOT NULL,
    min_level         VARCHAR(30)  NOT NULL,
    max_level         VARCHAR(30),
    start_date        DATE         NOT NULL,
    end_date          DATE,
    department        VARCHAR(100) NOT NULL,
    description       VARCHAR(500),
    status            VARCHAR(20)  NOT NULL,
    filled_by_role_id BIGINT,
    backfill_for_id   BIGINT,
    held_role_id      BIGINT,
    held_until        DATE,
    CONSTRAINT pk_open_role PRIMARY KEY (id),
    CONSTRAINT fk_open_role_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_open_role_filled_by FOREIGN KEY (filled_by_role_id) REFERENCES project_role (id),
    CONSTRAINT uq_open_role_filled_by UNIQUE (filled_by_role_id),
    CONSTRAINT fk_open_role_backfill_for FOREIGN KEY (backfill_for_id) REFERENCES rotation (id),
    CONSTRAINT fk_open_role_held_role FOREIGN KEY (held_role_id) REFERENCES project_role (id),
    CONSTRAINT ck_open_role_backfill CHECK ((backfill_for_id IS NULL) = (held_role_id IS NULL)),
    CONSTRAINT ck_open_role_period CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_open_role_status CHECK (status IN ('OPEN', 'FILLED', 'WITHDRAWN')),
    CONSTRAINT ck_open_role_filled CHECK ((status = 'FILLED') = (filled_by_role_id IS NOT NULL)),
    CONSTRAINT ck_open_role_min_level CHECK (min_level IN ('PROJECT_COORDINATOR', 'PROJECT_MANAGER',
        'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER')),
    CONSTRAINT ck_open_role_max_level CHECK (max_level IS NULL OR max_level IN ('PROJECT_COORDINATOR', 'PROJECT_MANAGER',
        'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER', 'PORTFOLIO_MANAGER'))
);
CREATE INDEX ix_open_role_project ON open_role (project_id, start_date);
CREATE INDEX ix_open_role_status_start ON open_role (status, start_date, id);
CREATE INDEX ix_open_role_backfill_for ON open_role (backfill_for_id);

CREATE TABLE open_role_event (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    open_role_id BIGINT        NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    detail       VARCHAR(1400),
    reason       VARCHAR(1000),
    CONSTRAINT pk_open_role_event PRIMARY KEY (id),
    CONSTRAINT fk_open_role_event_open_role FOREIGN KEY (open_role_id) REFERENCES open_role (id),
    CONSTRAINT ck_open_role_event_kind CHECK (kind IN ('OPENED', 'CHANGED', 'FILLED', 'WITHDRAWN', 'MOVED'))
);
CREATE INDEX ix_open_role_event_open_role ON open_role_event (open_role_id, occurred_at);

-- A return reserved from one of the person's matches names its open role; confirmed, it fills it.
ALTER TABLE return_placement ADD COLUMN open_role_id BIGINT;
ALTER TABLE return_placement ADD CONSTRAINT fk_return_placement_open_role FOREIGN KEY (open_role_id) REFERENCES open_role (id);
CREATE INDEX ix_return_placement_open_role ON return_placement (open_role_id);

-- How far ahead the way back is planned: rotations ending within this many months are matched.
INSERT INTO policy_setting (code, version, setting) VALUES ('RETURN_MATCH_MONTHS', 0, '6');
