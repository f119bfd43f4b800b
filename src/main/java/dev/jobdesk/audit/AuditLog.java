package dev.jobdesk.audit;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.posting.Action;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingMetrics;
import dev.jobdesk.posting.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Appends to and reads a posting's history. Callers are already in the transaction of the step. */
@ApplicationScoped
public class AuditLog {

    private final PostingMetrics metrics;

    AuditLog(PostingMetrics metrics) {
        this.metrics = metrics;
    }

    public void record(Posting posting, UserAccount actor, Action action, Status from, Instant at, String detail) {
        AuditEvent event = new AuditEvent();
        event.posting = posting;
        event.actor = actor;
        event.action = action;
        event.fromStatus = from;
        event.toStatus = posting.status();
        event.occurredAt = at;
        event.detail = detail == null || detail.length() <= AuditEvent.MAX_DETAIL
                ? detail : detail.substring(0, AuditEvent.MAX_DETAIL - 1) + "…";
        event.persist();
        metrics.stepTaken(action);
    }

    /** Oldest first, with the actors, in one query. */
    public List<AuditEvent> history(Posting posting) {
        return AuditEvent.find("from AuditEvent e join fetch e.actor where e.posting = ?1 order by e.occurredAt, e.id",
                posting).list();
    }
}
