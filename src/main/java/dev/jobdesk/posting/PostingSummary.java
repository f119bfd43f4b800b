package dev.jobdesk.posting;

import dev.jobdesk.catalog.Seniority;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A row of a postings list, read in one query without loading the postings' sections. {@code status}
 * is the posting's own; {@code correction}, where a correction of a live posting is, if one is under way.
 */
public record PostingSummary(Long id, String title, String team, Seniority seniority, Status status,
                             Status correction, Instant updatedAt, String ownerName, String reviewerName, String slug) {

    /** For a review queue's rows, whose time is when the review reached the lead. */
    private static final Comparator<PostingSummary> LONGEST_WAITING_FIRST =
            Comparator.comparing(PostingSummary::updatedAt).thenComparing(PostingSummary::id);

    /** Where the text being worked on is: the correction's status while one is under way. */
    public Status working() {
        return correction != null ? correction : status;
    }

    /**
     * Postings in review with {@code lead} that {@code reader} may decide on (not their own), the
     * longest-waiting first; the time is when the review reached the lead.
     */
    public static List<PostingSummary> waitingOn(String lead, String reader) {
        // One query per status column, each through that column's index: asked as one, "either
        // column", H2 read every posting the lead ever reviewed (5,001 of 10,000 in a test), and
        // they all stay the lead's.
        return Stream.concat(waitingOn(lead, reader, "p.status").stream(),
                        waitingOn(lead, reader, "p.correction.status").stream())
                .distinct().sorted(LONGEST_WAITING_FIRST).toList();
    }

    private static List<PostingSummary> waitingOn(String lead, String reader, String status) {
        return Posting.getEntityManager().createQuery("""
                        select new dev.jobdesk.posting.PostingSummary(p.id, p.text.title, p.text.teamName, p.text.seniority, p.status,
                            p.correction.status, p.approvals.submittedAt, o.displayName, r.displayName, p.publication.slug)
                        from Posting p join p.owner o join p.approvals.reviewer r
                        where r.username = :lead and o.username <> :reader and %s = :status
                        """.formatted(status), PostingSummary.class)
                .setParameter("lead", lead).setParameter("reader", reader).setParameter("status", Status.IN_REVIEW).getResultList();
    }
}
