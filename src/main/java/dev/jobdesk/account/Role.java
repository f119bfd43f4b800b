package dev.jobdesk.account;

/** What a user may do. A user may hold several roles. */
public enum Role {
    MANAGER("Hiring manager"),
    LEAD("Engineering lead"),
    ADMIN("Administrator");

    /** Role names as {@code @RolesAllowed} needs them: compile-time constants. */
    public static final String MANAGER_NAME = "MANAGER";
    public static final String LEAD_NAME = "LEAD";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
