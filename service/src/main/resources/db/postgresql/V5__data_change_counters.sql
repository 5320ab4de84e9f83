-- PostgreSQL only (db/postgresql; versions are shared with db/migration, so the next common
-- migration is V6). Counts the changes to the tables the report figures read, one row per table,
-- raised by a statement trigger in the transaction of the change: the report cache compares
-- these six numbers (DataFingerprint) instead of adding up every row of the six tables on each
-- view. Any change counts, the application's and one made by hand in SQL alike; a rolled-back
-- change takes its count back with it.
CREATE TABLE data_change (
    table_name VARCHAR(40) NOT NULL,
    changes    BIGINT      NOT NULL,
    CONSTRAINT pk_data_change PRIMARY KEY (table_name)
);

INSERT INTO data_change (table_name, changes) VALUES
    ('level_change', 0), ('pmo', 0), ('return_placement', 0), ('rotation', 0), ('rotation_event', 0), ('staff', 0);

-- Schema-qualified, so that a change made with another search_path still finds its counter.
CREATE FUNCTION count_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('UPDATE %I.data_change SET changes = changes + 1 WHERE table_name = $1', TG_TABLE_SCHEMA)
        USING TG_TABLE_NAME;
    RETURN NULL;
END
$$;

CREATE TRIGGER rotation_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rotation
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER return_placement_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON return_placement
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER rotation_event_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rotation_event
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER staff_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER level_change_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON level_change
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER pmo_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pmo
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
