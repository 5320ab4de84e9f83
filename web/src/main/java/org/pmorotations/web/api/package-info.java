/**
 * The REST API ({@code /api/v1}): resources that read requests, call the services and answer
 * JSON; mappers that answer every failure as {@code application/problem+json}.
 * <p>
 * A resource method that changes anything is {@code @Transactional}: the services it calls join
 * its transaction, and the answer is built inside it, so the change is committed only once its
 * answer is ready. An answer of failure (a refusal, a 503 while the database cannot be reached)
 * then always means that nothing was changed; had the answer been built after the services
 * committed, a read it needs (the policy, a rotation's history) could fail after the change was
 * stored, and the client would be told "nothing was changed" about a change that was. A method
 * that only reads is not transactional: a commit of nothing that fails on a connection the
 * database ended would turn a read that succeeded into a failure.
 */
package org.pmorotations.web.api;
