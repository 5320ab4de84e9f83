package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Policy;

/** The policy as stored, with the version a change must carry. */
public record PolicySettings(Policy policy, long version) {
}
