package dev.jobdesk.posting;

import dev.jobdesk.catalog.Seniority;
import java.time.Instant;
import java.util.List;

/** A row of a postings list, read in one query without loading the postings' sections. */
public record PostingSummary(Long id, String title, String team, Seniority seniority, Status status,
                             Instant updatedAt, String ownerName, String reviewerName, String slug) {

    /** Postings in review with {@code lead}, the longest-waiting first; the time is when they were submitted. */
    public static List<PostingSummary> waitingOn(String lead) {
        return Posting.getEntityManager().createQuery("""
                        select new dev.jobdesk.posting.PostingSummary(p.id, p.title, p.teamName, p.seniority, p.status,
                            p.submittedAt, o.displayName, r.displayName, p.slug)
                        from Posting p join p.owner o join p.reviewer r
                        where r.username = :lead and p.status = :status order by p.submittedAt, p.id
                        """, PostingSummary.class)
                .setParameter("lead", lead).setParameter("status", Status.IN_REVIEW).getResultList();
    }
}
