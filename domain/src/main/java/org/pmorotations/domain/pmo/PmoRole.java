package org.pmorotations.domain.pmo;

/** The role a rotating staff member takes in a PMO; seats are counted per role. */
public enum PmoRole {
    PMO_ANALYST,
    PMO_MANAGER
}
