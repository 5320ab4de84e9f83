-- The work queue's lists, by state in order of start (proposals to approve, approved rotations
-- starting soon): read from the first rows of this index instead of every rotation by date.
CREATE INDEX ix_rotation_status_start ON rotation (status, start_date, id);
