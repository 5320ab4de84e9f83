package org.pmorotations.domain.security;

/**
 * What a user account may do (DESIGN: "Who may do what"). The names are the container's role
 * and group names.
 */
public enum Role {
    /** Everything, policy settings, user accounts. */
    ADMIN,
    /** Schedules and runs rotations; manages staff, projects and PMOs; reads reports. */
    PMO_MANAGER,
    /** Reads everything and the reports; changes nothing. */
    LEADER,
    /** Reads their own history and rotations only. */
    STAFF;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String PMO_MANAGER_NAME = "PMO_MANAGER";
    public static final String LEADER_NAME = "LEADER";
    public static final String STAFF_NAME = "STAFF";
}
