package org.pmorotations.web.api;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.ejb.TransactionRolledbackLocalException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;

/**
 * A failure that the container wrapped on its way out of a transaction is answered as the failure
 * itself would be: a refusal inside a {@code @Transactional} resource method (a service's
 * {@code EJBAccessException}, reported as {@code EJBTransactionRolledbackException}) is still 403,
 * a database that went away while committing is still 503. The wrappers are taken off here, all
 * of them, however deeply the containers nested them ({@code TransactionalException} around
 * {@code EJBTransactionRolledbackException} around the failure), before the failure's own mapper
 * is asked: a wrapper is never handed to another mapper, which might hand it back. What has no
 * mapper of its own, or is a wrapper with no failure inside, is answered by {@link FailureMapper},
 * which reads the whole chain of causes.
 */
abstract class WrappedFailureMapper<T extends RuntimeException> implements ExceptionMapper<T> {

    /** Deeper than any nesting of containers; a chain longer than this is answered as it stands. */
    private static final int MOST_WRAPPERS = 16;

    @Context
    private Providers providers;

    @Override
    public Response toResponse(T wrapped) {
        RuntimeException failure = unwrapped(wrapped);
        if (isWrapper(failure)) {
            return new FailureMapper().toResponse(wrapped);
        }
        @SuppressWarnings("unchecked")
        ExceptionMapper<RuntimeException> mapper = (ExceptionMapper<RuntimeException>) providers.getExceptionMapper(failure.getClass());
        if (mapper == null || mapper instanceof WrappedFailureMapper<?>) {
            return new FailureMapper().toResponse(wrapped);
        }
        return mapper.toResponse(failure);
    }

    /** The first failure inside the wrappers, or the innermost wrapper when no runtime failure is inside. */
    static RuntimeException unwrapped(RuntimeException wrapped) {
        RuntimeException failure = wrapped;
        for (int depth = 0; depth < MOST_WRAPPERS && isWrapper(failure)
                && failure.getCause() instanceof RuntimeException cause && cause != failure; depth++) {
            failure = cause;
        }
        return failure;
    }

    /**
     * What the EJB and transaction containers wrap a failure in. Not the failures that are
     * {@code EJBException}s themselves ({@code EJBAccessException}, a refusal, has a mapper of its own).
     */
    static boolean isWrapper(Throwable failure) {
        return failure instanceof TransactionalException || failure instanceof EJBTransactionRolledbackException
                || failure instanceof TransactionRolledbackLocalException || failure != null && failure.getClass() == EJBException.class;
    }
}
