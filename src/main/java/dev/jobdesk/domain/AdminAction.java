package dev.jobdesk.domain;

/** What an admin changed outside the postings: the template library and people's accounts. */
public enum AdminAction implements Labelled {
    TEMPLATE_CREATED, TEMPLATE_VERSION_SAVED, TEMPLATE_ADOPTED, TEMPLATE_RETIRED, TEMPLATE_RESTORED,
    ACCOUNT_CREATED, ACCOUNT_CHANGED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, TEMPORARY_PASSWORD_SET,
    SESSIONS_ENDED, FAILED_SIGN_INS_CLEARED
}
