package org.pmorotations.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.ejb.TransactionRolledbackLocalException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;
import org.pmorotations.domain.shared.InvalidValueException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WrappedFailureMapperTest {

    @Test
    void everyWrapperIsTakenOffDownToTheFailure() {
        InvalidValueException refused = new InvalidValueException("email", "\"a@b\" is not an e-mail address.");
        RuntimeException nested = new TransactionalException("commit failed",
                new EJBTransactionRolledbackException("rolled back", new TransactionRolledbackLocalException("local", new EJBException(refused))));

        assertSame(refused, WrappedFailureMapper.unwrapped(nested));
    }

    @Test
    void aWrapperAroundAWrapperOfItsOwnKindIsStillTakenOff() {
        IllegalStateException failure = new IllegalStateException("broken");
        TransactionalException inner = new TransactionalException("inner", failure);

        assertSame(failure, WrappedFailureMapper.unwrapped(new TransactionalException("outer", inner)));
    }

    @Test
    void aWrapperWithNothingInsideIsAnsweredAsItStands() {
        TransactionalException empty = new TransactionalException("no cause", null);

        assertSame(empty, WrappedFailureMapper.unwrapped(empty));
        assertTrue(WrappedFailureMapper.isWrapper(WrappedFailureMapper.unwrapped(empty)));
    }

    @Test
    void aRefusalThatIsAnEjbExceptionIsAFailureNotAWrapper() {
        EJBAccessException refusal = new EJBAccessException("not allowed");

        assertFalse(WrappedFailureMapper.isWrapper(refusal));
        assertSame(refusal, WrappedFailureMapper.unwrapped(new EJBTransactionRolledbackException("rolled back", refusal)));
    }
}
