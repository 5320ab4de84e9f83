-- The days the daily job has done its automatic run for. A run's row is written in the same
-- transaction as its changes: a run killed half-way leaves neither, and is done again at the next
-- start; a second run of the same day (another server, the timer after a catch-up) finds the row
-- and changes nothing.

CREATE TABLE daily_job_run (
    as_of              DATE      NOT NULL,
    finished_at        TIMESTAMP NOT NULL,
    activated          INTEGER   NOT NULL,
    returns_confirmed  INTEGER   NOT NULL,
    completed          INTEGER   NOT NULL,
    flagged_overdue    INTEGER   NOT NULL,
    CONSTRAINT pk_daily_job_run PRIMARY KEY (as_of)
);
