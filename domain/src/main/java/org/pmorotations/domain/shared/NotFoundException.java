package org.pmorotations.domain.shared;

import java.util.List;

/** The thing asked for does not exist. */
public class NotFoundException extends Refusal {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public List<Reason> reasons() {
        return List.of();
    }
}
