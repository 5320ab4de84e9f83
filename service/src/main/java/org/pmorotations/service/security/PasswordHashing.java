package org.pmorotations.service.security;

import org.pmorotations.domain.security.PasswordPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * The platform's PBKDF2 hash with this application's parameters, and the password policy.
 * The identity store verifies with the parameters stored in each hash, so raising them later
 * keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=120000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";


    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                key(ALGORITHM), value(ALGORITHM),
                key(ITERATIONS), value(ITERATIONS),
                key(SALT_SIZE), value(SALT_SIZE),
                key(KEY_SIZE), value(KEY_SIZE)));
    }

    /** The hash of a password that meets the policy; the password itself is not kept anywhere. */
    public String hash(String password, String username) {
        PasswordPolicy.check(password, username);
        return hash.generate(password.toCharArray());
    }

    private static String key(String parameter) {
        return parameter.substring(0, parameter.indexOf('='));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }
}
