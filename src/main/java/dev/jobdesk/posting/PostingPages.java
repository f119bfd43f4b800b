package dev.jobdesk.posting;

import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.audit.AuditLog;
import dev.jobdesk.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Builds the posting page for whoever is looking. */
@ApplicationScoped
public class PostingPages {

    private final CurrentUser currentUser;
    private final PostingService postings;
    private final AuditLog audit;

    PostingPages(CurrentUser currentUser, PostingService postings, AuditLog audit) {
        this.currentUser = currentUser;
        this.postings = postings;
        this.audit = audit;
    }

    public PostingPage of(Posting posting) {
        return withComment(posting, "", FieldErrors.none());
    }

    /** The page again, with the lead's comment as typed and what was wrong with it. */
    public PostingPage withComment(Posting posting, String comment, FieldErrors errors) {
        UserAccount me = currentUser.account();
        boolean owner = posting.isOwnedBy(me);
        List<UserAccount> reviewers = owner && posting.status().allows(Action.SUBMITTED)
                ? postings.reviewersFor(posting) : List.of();
        return new PostingPage(posting, posting.content(), audit.history(posting), reviewers, owner,
                posting.isAssignedTo(me), comment, errors);
    }
}
