package org.pmorotations.domain.shared;

import java.util.List;

/**
 * A change sent without the version its author read: refused before anything is read, since
 * nobody could tell whether it would overwrite someone else's change.
 */
public class VersionRequiredException extends Refusal {

    public VersionRequiredException() {
        super("Send the version you read, so that nobody's change is overwritten.");
    }

    @Override
    public List<Reason> reasons() {
        return List.of(Reason.ofField("version", getMessage()));
    }
}
