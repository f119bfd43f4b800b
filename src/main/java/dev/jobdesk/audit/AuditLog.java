package dev.jobdesk.audit;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.domain.AdminStep;
import dev.jobdesk.posting.Action;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingHistory;
import dev.jobdesk.posting.PostingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Appends every step taken on a posting to its history, and every change an admin makes to the library
 * or an account to the trail, in the change's transaction; reads a posting's history back.
 */
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
        event.detail = shortened(step.detail(), AuditEvent.MAX_DETAIL);
        event.persist();
    }

    void record(@Observes AdminStep step) {
        AdminEvent event = new AdminEvent();
        event.actor = step.actorId() == null ? null : UserAccount.findById(step.actorId());
        event.action = step.action();
        event.subject = shortened(step.subject(), AdminEvent.MAX_SUBJECT);
        event.subjectPath = step.subjectPath();
        event.occurredAt = step.at();
        event.detail = shortened(step.detail(), AuditEvent.MAX_DETAIL);
        event.persist();
    }

    private static String shortened(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Oldest first, with the actors, in one query; a step Jobdesk took itself is Jobdesk's. */
    @Override
    public Steps of(Posting posting) {
        return new Steps(entries(AuditEvent.find(
                "from AuditEvent e left join fetch e.actor where e.posting = ?1 order by e.occurredAt, e.id", posting)
                .list()), 0);
    }

    /** Read newest first through the (posting, time) index, so a long history costs no more than a short one. */
    @Override
    public Steps latest(Posting posting, int max) {
        List<AuditEvent> newestFirst = AuditEvent.<AuditEvent>find(
                "from AuditEvent e left join fetch e.actor where e.posting = ?1 order by e.occurredAt desc, e.id desc",
                posting).page(0, max).list();
        List<Entry> shown = new ArrayList<>(entries(newestFirst));
        Collections.reverse(shown);
        long earlier = newestFirst.size() < max ? 0 : AuditEvent.count("posting", posting) - max;
        return new Steps(shown, earlier);
    }

    @Override
    public Optional<Entry> latestReview(Posting posting) {
        return AuditEvent.<AuditEvent>find("""
                        from AuditEvent e left join fetch e.actor where e.posting = ?1 and e.action in ?2
                        order by e.occurredAt desc, e.id desc""",
                posting, List.of(Action.APPROVED, Action.CHANGES_REQUESTED)).page(0, 1).list().stream()
                .map(AuditLog::entry).findFirst();
    }

    private static List<Entry> entries(List<AuditEvent> events) {
        return events.stream().map(AuditLog::entry).toList();
    }

    private static Entry entry(AuditEvent event) {
        return new Entry(event.action, event.actor == null ? "Jobdesk" : event.actor.displayName, event.fromStatus,
                event.toStatus, event.occurredAt, event.detail);
    }
}
