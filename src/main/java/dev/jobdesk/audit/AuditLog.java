package dev.jobdesk.audit;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.domain.AdminStep;
import dev.jobdesk.posting.Action;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingHistory;
import dev.jobdesk.posting.PostingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.TypedQuery;
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

    /**
     * A step as the history shows it, a step Jobdesk took itself as Jobdesk's. Selected as such: loading
     * the actors' accounts would cost a query more for each one's roles.
     */
    private static final String ENTRIES = """
            select new dev.jobdesk.posting.PostingHistory$Entry(e.action, coalesce(a.displayName, 'Jobdesk'),
                e.fromStatus, e.toStatus, e.occurredAt, e.detail)
            from AuditEvent e left join e.actor a
            where e.posting = ?1
            """;

    /** Oldest first, in one query. */
    @Override
    public Steps of(Posting posting) {
        return new Steps(entries(ENTRIES + "order by e.occurredAt, e.id", posting).getResultList(), 0);
    }

    /** Read newest first through the (posting, time) index, so a long history costs no more than a short one. */
    @Override
    public Steps latest(Posting posting, int max) {
        List<Entry> shown = new ArrayList<>(entries(ENTRIES + "order by e.occurredAt desc, e.id desc", posting)
                .setMaxResults(max).getResultList());
        long earlier = shown.size() < max ? 0 : AuditEvent.count("posting", posting) - max;
        Collections.reverse(shown);
        return new Steps(shown, earlier);
    }

    @Override
    public Optional<Entry> latestReview(Posting posting) {
        // Two comparisons rather than "in ?2": Hibernate translates a list parameter again on every call.
        return entries(ENTRIES + "and (e.action = ?2 or e.action = ?3) order by e.occurredAt desc, e.id desc", posting)
                .setParameter(2, Action.APPROVED).setParameter(3, Action.CHANGES_REQUESTED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static TypedQuery<Entry> entries(String query, Posting posting) {
        return AuditEvent.getEntityManager().createQuery(query, Entry.class).setParameter(1, posting);
    }
}
