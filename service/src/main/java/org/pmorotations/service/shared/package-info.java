/**
 * Infrastructure the services share: the schema migrations that run before anything else.
 *
 * <p>Decision: the schema is Flyway's (scripts in {@code db/migration}, portable between H2 and
 * PostgreSQL, and in {@code db/postgresql} and {@code db/h2} where the two must differ); JPA never
 * generates it.
 */
package org.pmorotations.service.shared;
