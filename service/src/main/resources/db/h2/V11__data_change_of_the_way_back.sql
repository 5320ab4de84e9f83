-- H2 (db/h2; db/postgresql has its V11 too). The report cache reads the way back's tables
-- (open roles, project roles, projects) by their counts, ids and versions, as it reads the
-- others on H2: nothing to add to the schema but this note on the table it now watches.
COMMENT ON TABLE open_role IS 'Project demand: open roles and backfills. Watched by the report cache (DataFingerprint).';
