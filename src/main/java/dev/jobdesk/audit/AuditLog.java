package dev.jobdesk.audit;

import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingHistory;
import dev.jobdesk.posting.PostingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** Appends every step taken on a posting to its history, in the step's transaction, and reads it back. */
@ApplicationScoped
public class AuditLog implements PostingHistory {

    void record(@Observes PostingStep step) {
        AuditEvent event = new AuditEvent();
        event.posting = step.posting();
        event.actor = step.actor();
        event.action = step.action();
        event.fromStatus = step.from();
        event.toStatus = step.posting().status();
        event.occurredAt = step.at();
        String detail = step.detail();
        event.detail = detail == null || detail.length() <= AuditEvent.MAX_DETAIL
                ? detail : detail.substring(0, AuditEvent.MAX_DETAIL - 1) + "…";
        event.persist();
    }

    /** Oldest first, with the actors, in one query; a step Jobdesk took itself is Jobdesk's. */
    @Override
    public List<Entry> of(Posting posting) {
        return AuditEvent.<AuditEvent>find(
                        "from AuditEvent e left join fetch e.actor where e.posting = ?1 order by e.occurredAt, e.id", posting)
                .stream().map(event -> new Entry(event.action, event.actor == null ? "Jobdesk" : event.actor.displayName,
                        event.fromStatus, event.toStatus, event.occurredAt, event.detail)).toList();
    }
}
