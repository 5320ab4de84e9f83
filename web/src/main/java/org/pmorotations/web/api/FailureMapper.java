package org.pmorotations.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmorotations.web.shared.Outage;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What no other mapper answers: a database that cannot be reached is 503 with {@code Retry-After}
 * (the client may try again shortly, nothing was stored); a commit whose connection was lost
 * before the database acknowledged it is 503 without {@code Retry-After} and says that the change
 * may have been stored (see {@link Outage#isCommitInDoubt}), unless the request only read (GET,
 * HEAD, OPTIONS), whose lost commit is an outage like any other; anything else is 500. All as problem documents, never the
 * container's HTML page or an empty body. The transaction of any other failed request is rolled
 * back: nothing of it is stored.
 */
@Provider
public class FailureMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    @Context
    Request request;

    @Override
    public Response toResponse(RuntimeException failure) {
        // A read changes nothing: its commit lost is an outage like any other, never a change in doubt.
        if (Outage.isCommitInDoubt(failure) && !isRead()) {
            // No Retry-After: sending the same change again at once could store it twice.
            LOG.log(Level.WARNING, "The connection to the database was lost while committing: {0}", failure.toString());
            return Problems.of(Response.Status.SERVICE_UNAVAILABLE, Outage.IN_DOUBT);
        }
        if (Outage.isCause(failure)) {
            LOG.log(Level.WARNING, "The database cannot be reached: {0}", failure.toString());
            return Response.fromResponse(Problems.of(Response.Status.SERVICE_UNAVAILABLE,
                            "The database cannot be reached at the moment; nothing was changed. Try again in a few seconds."))
                    .header("Retry-After", Outage.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "A request failed", failure);
        return Problems.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The request could not be completed; nothing was changed. If it happens again, tell your administrator the time.");
    }

    private boolean isRead() {
        String method = request == null ? null : request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
