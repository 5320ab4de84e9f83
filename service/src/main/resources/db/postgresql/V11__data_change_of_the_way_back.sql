-- PostgreSQL only (db/postgresql; db/h2 has its V11 too). The report figures of the way back
-- read open roles, project roles and projects: their changes are counted as V5 counts those of
-- the other tables the figures read, so that the report cache sees them.
INSERT INTO data_change (table_name, changes) VALUES ('open_role', 0), ('project', 0), ('project_role', 0);

CREATE TRIGGER open_role_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON open_role
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER project_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
CREATE TRIGGER project_role_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_role
    FOR EACH STATEMENT EXECUTE FUNCTION count_data_change();
