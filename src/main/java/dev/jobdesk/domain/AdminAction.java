package dev.jobdesk.domain;

/** What an admin changed outside the postings: the template library and people's accounts. */
public enum AdminAction {
    TEMPLATE_CREATED("Template added"),
    TEMPLATE_VERSION_SAVED("Template version saved"),
    TEMPLATE_ADOPTED("Shipped template version adopted"),
    TEMPLATE_RETIRED("Template retired"),
    TEMPLATE_RESTORED("Template restored"),
    ACCOUNT_CREATED("Account created"),
    ACCOUNT_CHANGED("Name or roles changed"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    TEMPORARY_PASSWORD_SET("Temporary password set"),
    SESSIONS_ENDED("Signed out everywhere"),
    FAILED_SIGN_INS_CLEARED("Failed sign-ins cleared");

    private final String label;

    AdminAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
