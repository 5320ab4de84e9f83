package org.pmorotations.web.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class OutageTest {

    @Test
    void aConnectionEndedWhileCommittingIsAnOutage() {
        // As the container reports it: the resource's failure named in the XAException's message only.
        SystemException system = new SystemException();
        system.initCause(new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to administrator command"));
        assertTrue(Outage.isCause(new EJBException("Unable to complete container-managed transaction.", system)));
    }

    @Test
    void aDatabaseShuttingDownOrRefusingTheApplicationIsAnOutage() {
        assertTrue(Outage.isCause(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(Outage.isCause(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertTrue(Outage.isCause(new RuntimeException(new SQLException("not permitted to log in", "28000"))));
    }

    @Test
    void aRefusalOfTheDatabaseOrAFaultOfTheApplicationIsNot() {
        assertFalse(Outage.isCause(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(Outage.isCause(new IllegalStateException("a defect")));
        assertFalse(Outage.isCause(new EJBException("Unable to complete container-managed transaction.", new SystemException())));
    }

    @Test
    void aCommitWhoseConnectionWasLostIsInDoubtARollbackOrAFailureBeforeTheCommitIsNot() {
        SystemException lostWhileCommitting = new SystemException();
        lostWhileCommitting.initCause(new XAException("jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to administrator command"));
        assertTrue(Outage.isCommitInDoubt(new jakarta.transaction.TransactionalException("encountered exception during commit", lostWhileCommitting)));
        assertTrue(Outage.isCommitInDoubt(new EJBException("Unable to complete container-managed transaction.", lostWhileCommitting)));

        assertFalse(Outage.isCommitInDoubt(new jakarta.transaction.TransactionalException("rolled back",
                new jakarta.transaction.RollbackException("marked for rollback"))));
        assertFalse(Outage.isCommitInDoubt(new RuntimeException(new SQLException("terminating connection", "57P01"))),
                "a statement that failed: the transaction is rolled back, nothing stored");
        assertFalse(Outage.isCommitInDoubt(new EJBException("Unable to complete container-managed transaction.", new SystemException())),
                "a commit that failed for another reason than the connection");
    }
}
