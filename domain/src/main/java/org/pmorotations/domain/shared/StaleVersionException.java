package org.pmorotations.domain.shared;

import java.util.List;

/**
 * A change made on a version that someone else has changed since: nothing is written, and the
 * author reads the thing again before deciding.
 */
public class StaleVersionException extends Refusal {

    public StaleVersionException(String message) {
        super(message);
    }

    @Override
    public List<Reason> reasons() {
        return List.of(Reason.ofField("version", getMessage()));
    }
}
