package org.pmorotations.domain.security;

import org.pmorotations.domain.shared.InvalidValueException;

import java.util.Locale;

/**
 * What a password must be, wherever one is set (the accounts page, the first administrator, the
 * demo and generated accounts): {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, and not
 * holding the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, naming the field {@code password}. */
    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidValueException("password", "The password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidValueException("password", "The password may have at most " + MAX_LENGTH + " characters.");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException("password", "The password must not contain the user name.");
        }
    }
}
