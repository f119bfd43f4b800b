package dev.jobdesk.review;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.posting.DecidedRevisions;
import dev.jobdesk.posting.Posting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalInt;

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
}
