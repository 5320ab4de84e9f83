package org.pmorotations.domain.project;

/** What happened to an open role: one entry of its history each. */
public enum OpenRoleEventKind {
    OPENED,
    CHANGED,
    FILLED,
    WITHDRAWN,
    /** A backfill moved with the start of its rotation. */
    MOVED
}
