package org.pmorotations.domain.project;

/** What happened to an open role: one entry of its history each. */
public enum OpenRoleEventKind {
    OPENED,
    CHANGED,
    FILLED,
    WITHDRAWN
}
