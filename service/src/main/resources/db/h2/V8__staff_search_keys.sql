-- The person search finds the people whose name or employee number contains what was typed, in
-- any case: lower-cased copies of both, kept by the database (db/postgresql/V8 says why; generated
-- columns are written with STORED there).
ALTER TABLE staff ADD COLUMN name_key VARCHAR(200) GENERATED ALWAYS AS (LOWER(full_name));
ALTER TABLE staff ADD COLUMN number_key VARCHAR(20) GENERATED ALWAYS AS (LOWER(employee_number));
