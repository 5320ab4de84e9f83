package org.pmorotations.domain.rotation;

import org.pmorotations.domain.shared.Change;

/**
 * A change to a rotation that its author asked for and that was made: the rotation service
 * publishes one for every {@link RotationCommand} it applied, with the rotation as the change left
 * it. Observers see it only once the transaction has committed
 * ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}): never for a change that was refused
 * or rolled back, and after every other change of the same transaction. The daily job's own changes
 * (activation, the completions and confirmations it finds due, the overdue flag) are not commands
 * and publish nothing.
 *
 * @param command  the command as its author gave it
 * @param rotation the rotation's id (for a schedule, the new rotation's)
 * @param version  the rotation's version after the change, the one its next change must name
 * @param status   the rotation's state after the change
 * @param change   who made the change, when, and why where a reason was given
 */
public record RotationChanged(RotationCommand command, long rotation, long version, RotationStatus status, Change change) {
}
