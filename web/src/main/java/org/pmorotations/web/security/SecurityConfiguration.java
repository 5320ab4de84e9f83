package org.pmorotations.web.security;

import org.pmorotations.domain.security.Role;
import org.pmorotations.service.security.PasswordHashing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.pmorotations.service.shared.DatabaseMigrations;

/**
 * Who the users are: accounts in the application's database, passwords verified with the
 * platform's PBKDF2 hash, roles read from {@code user_account_role} and used as the container's
 * roles. A disabled account has no password the store would accept.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseMigrations.DATA_SOURCE,
        callerQuery = "SELECT password_hash FROM user_account WHERE username = ? AND enabled = TRUE",
        groupsQuery = "SELECT r.role FROM user_account_role r JOIN user_account a ON a.id = r.account_id WHERE a.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE,
                PasswordHashing.KEY_SIZE})
@DeclareRoles({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME, Role.STAFF_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
