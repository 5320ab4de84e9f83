package org.pmorotations.domain.rotation;

/** A return placement is RESERVED before the rotation ends and CONFIRMED when the role starts. */
public enum ReturnStatus {
    RESERVED,
    CONFIRMED
}
