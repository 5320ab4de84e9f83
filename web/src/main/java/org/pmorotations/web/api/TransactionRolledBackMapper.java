package org.pmorotations.web.api;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.ws.rs.ext.Provider;

/** A service's failure inside a resource's transaction, answered as that failure. */
@Provider
public class TransactionRolledBackMapper extends WrappedFailureMapper<EJBTransactionRolledbackException> {
}
