package dev.jobdesk.posting;

import dev.jobdesk.catalog.Seniority;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A row of a postings list, read in one query without loading the postings' sections. {@code status}
 * is the posting's own; {@code correction}, where a correction of a live posting is, if one is under way.
 */
public record PostingSummary(Long id, String title, String team, Seniority seniority, Status status,
                             Status correction, Instant updatedAt, String ownerName, String reviewerName, String slug) {

    /** Oldest first; in a review queue, whose time is when the review reached the lead, the longest-waiting. */
    private static final Comparator<PostingSummary> OLDEST_FIRST =
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
        return byEitherStatus(statusColumn -> waitingOn(lead, reader, statusColumn));
    }

    /**
     * The rows {@code byStatusColumn} finds by the posting's own status and by its correction's, oldest
     * first: one query per column ({@code "p.status"}, {@code "p.correction.status"}), each read
     * through that column's index. Asked as one, "either column", H2 used neither index and read
     * every posting of the owner or the lead: 10,001 rows for the benchmark's manager, 5,001 for a
     * lead who had reviewed half of 10,000 postings (all of them stay the lead's). Not one
     * {@code union all} either: H2 keeps no parsed form of a union and parsed it on every call, which
     * cost my postings more than the second query.
     */
    static List<PostingSummary> byEitherStatus(Function<String, List<PostingSummary>> byStatusColumn) {
        return Stream.concat(byStatusColumn.apply("p.status").stream(), byStatusColumn.apply("p.correction.status").stream())
                .distinct().sorted(OLDEST_FIRST).toList();
    }

    private static List<PostingSummary> waitingOn(String lead, String reader, String statusColumn) {
        return Posting.getEntityManager().createQuery("""
                        select new dev.jobdesk.posting.PostingSummary(p.id, p.text.title, p.text.teamName, p.text.seniority, p.status,
                            p.correction.status, p.approvals.submittedAt, o.displayName, r.displayName, p.publication.slug)
                        from Posting p join p.owner o join p.approvals.reviewer r
                        where r.username = :lead and o.username <> :reader and %s = :status
                        """.formatted(statusColumn), PostingSummary.class)
                .setParameter("lead", lead).setParameter("reader", reader).setParameter("status", Status.IN_REVIEW).getResultList();
    }
}
