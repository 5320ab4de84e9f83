package org.pmorotations.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.pmorotations.domain.rotation.RotationChanged;

/**
 * Counts the changes to rotations that were committed, one counter per action of the audit log
 * ({@code ROTATION_PROPOSED}, {@code ROTATION_APPROVED}, ...), served at {@code /metrics} as
 * {@code rotation_changes_total{action="ROTATION_APPROVED",mp_scope="application"}}. A refused or
 * rolled-back change is not counted: the counter listens to {@link RotationChanged} after the
 * transaction's success, like every other observer of it.
 */
@ApplicationScoped
public class RotationChangeMetrics {

    /** The counter's name, which Prometheus' format writes {@code rotation_changes_total}. */
    public static final String NAME = "rotation.changes";

    private static final Metadata METADATA = Metadata.builder()
            .withName(NAME)
            .withDescription("Changes to rotations committed, by the action the audit log records for them")
            .build();

    @Inject
    MetricRegistry registry;

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) RotationChanged changed) {
        registry.counter(METADATA, new Tag("action", changed.command().action())).inc();
    }
}
