package org.pmorotations.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;

/**
 * A failure that the container wrapped on its way out of a transaction is answered as the failure
 * itself would be: a refusal inside a {@code @Transactional} resource method (a service's
 * {@code EJBAccessException}, reported as {@code EJBTransactionRolledbackException}) is still 403,
 * a database that went away while committing is still 503. What has no mapper of its own is
 * answered by {@link FailureMapper}, which reads the whole chain of causes.
 */
abstract class WrappedFailureMapper<T extends RuntimeException> implements ExceptionMapper<T> {

    @Context
    private Providers providers;

    @Override
    public Response toResponse(T wrapped) {
        if (wrapped.getCause() instanceof RuntimeException cause && cause != wrapped) {
            return answer(cause);
        }
        return answer(wrapped);
    }

    @SuppressWarnings("unchecked")
    private <E extends Throwable> Response answer(E failure) {
        ExceptionMapper<E> mapper = (ExceptionMapper<E>) providers.getExceptionMapper(failure.getClass());
        return mapper == this ? providers.getExceptionMapper(RuntimeException.class).toResponse((RuntimeException) failure) : mapper.toResponse(failure);
    }
}
