package org.pmorotations.rotation;

/** The policy as stored, with the version a change must carry. */
public record PolicySettings(Policy policy, long version) {
}
