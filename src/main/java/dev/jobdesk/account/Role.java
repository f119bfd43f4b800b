package dev.jobdesk.account;

import dev.jobdesk.domain.Labelled;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a user may do. A user may hold several roles. */
public enum Role implements Labelled {
    MANAGER, LEAD, ADMIN;

    /** Role names as {@code @RolesAllowed} needs them: compile-time constants. */
    public static final String MANAGER_NAME = "MANAGER";
    public static final String LEAD_NAME = "LEAD";
    public static final String ADMIN_NAME = "ADMIN";

    /** The roles a form names, in order; a name that is no role is left out. */
    public static Set<Role> named(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (names.contains(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
