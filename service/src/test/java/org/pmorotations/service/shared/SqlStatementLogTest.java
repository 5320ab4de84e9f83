package org.pmorotations.service.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlStatementLogTest {

    @Test
    void theIdSequenceOfEitherDatabaseIsToldFromTheStatementsOfARequest() {
        assertTrue(SqlStatementLog.isSequenceFetch("select nextval('entity_seq')"), "PostgreSQL");
        assertTrue(SqlStatementLog.isSequenceFetch("VALUES (NEXT VALUE FOR entity_seq)"), "H2");
        assertTrue(SqlStatementLog.isSequenceFetch("CALL NEXT VALUE FOR entity_seq"), "H2, older form");
        assertFalse(SqlStatementLog.isSequenceFetch("SELECT ID, NAME FROM PMO WHERE (CODE = ?)"));
        assertFalse(SqlStatementLog.isSequenceFetch("INSERT INTO ROTATION_EVENT (ID, NEXT_STEP) VALUES (?, ?)"));
        assertFalse(SqlStatementLog.isSequenceFetch(null));
    }
}
