package dev.jobdesk.review;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.posting.DecidedRevisions;
import dev.jobdesk.posting.Posting;
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
     * decided on at all, by posting id: what the queue compares with, in one query however long it is.
     */
    Map<Long, Integer> lastDecidedInReviewBy(long leadId) {
        return ReviewDecision.getEntityManager().createQuery("""
                        select d.posting.id, max(d.revision.number) from ReviewDecision d
                        where d.reviewer.id = :lead
                            and (d.posting.status = :inReview or d.posting.correction.status = :inReview)
                        group by d.posting.id""", Object[].class)
                .setParameter("lead", leadId).setParameter("inReview", Status.IN_REVIEW).getResultStream()
                .filter(row -> row[1] != null)
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Integer) row[1]));
    }
}
