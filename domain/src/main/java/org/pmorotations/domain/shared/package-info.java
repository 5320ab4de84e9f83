/**
 * What every component shares: the base entity (id, optimistic locking, equality), the
 * {@link org.pmorotations.domain.shared.Period} of calendar days with inclusive ends, the
 * {@link org.pmorotations.domain.shared.Change} that every history entry records (who, when, why) and
 * the {@link org.pmorotations.domain.shared.InvalidValueException} that carries a rule code or field name.
 *
 * <p>Decision: periods are inclusive of both ends, as people say them; whole months end the day
 * before the same day of the month, or at the end of a shorter month.
 */
package org.pmorotations.domain.shared;
