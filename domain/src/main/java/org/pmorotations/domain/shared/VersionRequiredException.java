package org.pmorotations.domain.shared;

/**
 * A change sent without the version its author read (428 in the API): refused before anything is
 * read, since nobody could tell whether it would overwrite someone else's change.
 */
public class VersionRequiredException extends DomainException {

    public VersionRequiredException() {
        super("version", "Send the version you read, so that nobody's change is overwritten.");
    }
}
