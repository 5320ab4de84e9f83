package org.pmorotations.service.idempotency;

import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.service.shared.Clocks;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.service.security.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Changes made at most once per {@code Idempotency-Key}: the key a client sends with a change, and
 * the answer it got, are stored in the change's own transaction, and used for {@link #KEPT} (an
 * older answer is never used, and goes with the caller's next request with a key). A retry with
 * the same key and the same request is answered with the stored answer, without making the change
 * again: after a timeout, a lost connection or an answer that said the outcome was in doubt, the
 * client retries and either gets the answer of the change that was stored or, when nothing was
 * stored, makes it now. Keys are the caller's own: two accounts never meet each other's.
 *
 * <p>Two requests of one caller with keys run one after the other: {@link #find} locks the
 * caller's account row until the transaction ends, so a retry sent while the first request is
 * still running waits for it and then finds its answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdempotencyService {

    /** How long an answer is kept for its key. */
    public static final Duration KEPT = Duration.ofHours(24);
    /** A key is 1 to this many visible ASCII characters. */
    public static final int KEY_MAX = 100;

    /** The answer stored for a key. */
    public record Answer(int status, String location, String body) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Whether {@code key} has the shape of an idempotency key: 1 to {@value #KEY_MAX} visible ASCII characters. */
    public static boolean isKey(String key) {
        return key != null && !key.isEmpty() && key.length() <= KEY_MAX && key.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    /** The digest a request is compared by: the same request sent again has the same one. */
    public static String digest(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    /**
     * The answer stored for the caller's {@code key} within {@link #KEPT}, after locking the
     * caller's account row for the rest of the transaction. A key stored for another request
     * ({@code requestDigest} differs) is refused: a key names one request.
     */
    public Optional<Answer> find(String key, String requestDigest) {
        em.createNativeQuery("SELECT id FROM user_account WHERE username = ? FOR UPDATE")
                .setParameter(1, caller.name()).getResultList();
        List<?> rows = em.createNativeQuery("SELECT request_hash, status, location, response_body FROM idempotent_request"
                        + " WHERE caller = ? AND idempotency_key = ? AND created_at >= ?")
                .setParameter(1, caller.name()).setParameter(2, key).setParameter(3, oldestKept())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!requestDigest.equals(row[0])) {
            throw new InvalidValueException("Idempotency-Key", "The Idempotency-Key \"" + key + "\" was sent with another request in the"
                    + " last 24 hours; send a new key with each new request.");
        }
        return Optional.of(new Answer(((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
    }

    /** Stores the answer to the caller's {@code key}, in the transaction of the change it answers; an expired one of the key goes. */
    public void record(String key, String requestDigest, Answer answer) {
        em.createNativeQuery("DELETE FROM idempotent_request WHERE caller = ? AND (idempotency_key = ? OR created_at < ?)")
                .setParameter(1, caller.name()).setParameter(2, key).setParameter(3, oldestKept())
                .executeUpdate();
        em.createNativeQuery("INSERT INTO idempotent_request (caller, idempotency_key, request_hash, status, location, response_body,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, caller.name()).setParameter(2, key).setParameter(3, requestDigest).setParameter(4, answer.status())
                .setParameter(5, answer.location()).setParameter(6, answer.body()).setParameter(7, Timestamp.valueOf(Clocks.utc(clock)))
                .executeUpdate();
    }

    /** The moment before which a stored answer is no longer used. */
    private Timestamp oldestKept() {
        return Timestamp.valueOf(Clocks.utc(clock).minus(KEPT));
    }
}
