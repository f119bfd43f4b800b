package dev.jobdesk.posting;

import dev.jobdesk.catalog.Seniority;
import java.time.Instant;
import java.util.List;

/**
 * A row of a postings list, read in one query without loading the postings' sections. {@code status}
 * is the posting's own; {@code correction}, where a correction of a live posting is, if one is under way.
 */
public record PostingSummary(Long id, String title, String team, Seniority seniority, Status status,
                             Status correction, Instant updatedAt, String ownerName, String reviewerName, String slug) {

    /** Where the text being worked on is: the correction's status while one is under way. */
    public Status working() {
        return correction != null ? correction : status;
    }

    /**
     * Postings in review with {@code lead} that {@code reader} may decide on (not their own), the
     * longest-waiting first; the time is when the review reached the lead.
     */
    public static List<PostingSummary> waitingOn(String lead, String reader) {
        return Posting.getEntityManager().createQuery("""
                        select new dev.jobdesk.posting.PostingSummary(p.id, p.text.title, p.text.teamName, p.text.seniority, p.status,
                            p.correction.status, p.approvals.submittedAt, o.displayName, r.displayName, p.publication.slug)
                        from Posting p join p.owner o join p.approvals.reviewer r
                        where r.username = :lead and o.username <> :reader
                            and (p.status = :status or p.correction.status = :status)
                        order by p.approvals.submittedAt, p.id
                        """, PostingSummary.class)
                .setParameter("lead", lead).setParameter("reader", reader).setParameter("status", Status.IN_REVIEW).getResultList();
    }
}
