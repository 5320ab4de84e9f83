package org.pmorotations.web.api;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure of a resource's own transaction (it could not begin or commit), answered as its cause:
 * a database that went away while committing is 503, and nothing of the request was stored.
 */
@Provider
public class TransactionalFailureMapper extends WrappedFailureMapper<TransactionalException> {
}
