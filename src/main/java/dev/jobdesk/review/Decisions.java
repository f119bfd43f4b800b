package dev.jobdesk.review;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.posting.DecidedRevisions;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingRevision;
import dev.jobdesk.posting.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The decisions leads have taken, as the posting page asks after them. */
@ApplicationScoped
class Decisions implements DecidedRevisions {

    @Override
    public OptionalInt lastDecidedBy(UserAccount lead, Posting posting) {
        Integer number = ReviewDecision.getEntityManager().createQuery("""
                        select max(d.revision.number) from ReviewDecision d
                        where d.posting = :posting and d.reviewer = :lead""", Integer.class)
                .setParameter("posting", posting).setParameter("lead", lead).getSingleResult();
        return number == null ? OptionalInt.empty() : OptionalInt.of(number);
    }

    /**
     * The last revision the lead {@code leadId} decided on of each posting in review now that they
     * decided on at all, with its posting, by posting id: what the queue compares with, in one query
     * however long it is, and only those revisions of each posting.
     */
    Map<Long, PostingRevision> lastDecidedInReviewBy(long leadId) {
        return ReviewDecision.getEntityManager().createQuery("""
                        select distinct r from ReviewDecision d join d.revision r join fetch r.posting p
                        where d.reviewer.id = :lead and (p.status = :inReview or p.correction.status = :inReview)
                            and r.number = (select max(later.revision.number) from ReviewDecision later
                                            where later.posting = p and later.reviewer.id = :lead)""",
                        PostingRevision.class)
                .setParameter("lead", leadId).setParameter("inReview", Status.IN_REVIEW).getResultStream()
                .collect(Collectors.toMap(revision -> revision.posting.id(), revision -> revision));
    }
}
