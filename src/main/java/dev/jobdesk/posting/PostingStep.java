package dev.jobdesk.posting;

import dev.jobdesk.account.UserAccount;
import java.time.Instant;

/**
 * A step taken on a posting: who did what, when, and how its status moved. Fired within the
 * transaction that took it, so what hears of it (the history, the metrics) commits with the step
 * or not at all. No actor when Jobdesk took the step itself (a closing date passed).
 */
public record PostingStep(Posting posting, UserAccount actor, Action action, Status from, Instant at, String detail) {
}
