package dev.jobdesk.account;

import java.time.Instant;

/**
 * Someone asked for a link to reset {@code account}'s password; fired in the request's transaction,
 * for mail to carry {@code link}, the only place the link's token is ever written.
 */
public record PasswordResetRequested(UserAccount account, String link, Instant at) {
}
