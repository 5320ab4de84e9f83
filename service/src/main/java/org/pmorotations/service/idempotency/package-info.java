/**
 * Changes made at most once per {@code Idempotency-Key}: the key and the answer, stored in the
 * change's own transaction and replayed to a retry of the same request.
 */
package org.pmorotations.service.idempotency;
