package dev.jobdesk.posting;

import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** What an admin does when people leave: give a pending review to another lead, a posting to another manager. */
@ApplicationScoped
public class PostingAdministration {

    private final CurrentUser currentUser;
    private final Event<PostingStep> steps;

    PostingAdministration(CurrentUser currentUser, Event<PostingStep> steps) {
        this.currentUser = currentUser;
        this.steps = steps;
    }

    /** The people an admin can give the posting or its review to, for the posting page's selects. */
    public record Choices(List<UserAccount> leads, List<UserAccount> managers) {
    }

    public Choices choicesFor(Posting posting) {
        List<UserAccount> leads = posting.status() == Status.IN_REVIEW
                ? UserAccount.withRole(Role.LEAD).stream()
                        .filter(lead -> lead.enabled && !posting.isOwnedBy(lead.id) && !posting.approvals().isAssignedTo(lead)).toList()
                : List.of();
        List<UserAccount> managers = UserAccount.withRole(Role.MANAGER).stream()
                .filter(manager -> manager.enabled && !posting.isOwnedBy(manager.id)).toList();
        return new Choices(leads, managers);
    }

    @Transactional
    public Posting reassignReview(long id, int expectedVersion, Long leadId) {
        return change(id, expectedVersion, leadId, Action.REVIEW_REASSIGNED, posting -> posting.approvals().reviewer(),
                (posting, lead) -> posting.reassignReview(lead, Instant.now()));
    }

    @Transactional
    public Posting changeOwner(long id, int expectedVersion, Long managerId) {
        return change(id, expectedVersion, managerId, Action.OWNER_CHANGED, Posting::owner,
                (posting, manager) -> posting.changeOwner(manager, Instant.now()));
    }

    private Posting change(long id, int expectedVersion, Long personId, Action action,
                           Function<Posting, UserAccount> holder,
                           BiConsumer<Posting, UserAccount> intention) {
        Posting posting = PostingService.find(id);
        PostingService.checkVersionOf(posting, expectedVersion);
        UserAccount person = personId == null ? null : UserAccount.findById(personId);
        UserAccount before = holder.apply(posting);
        Status from = posting.status();
        intention.accept(posting, person);
        steps.fire(new PostingStep(posting, currentUser.account(), action, from, posting.updatedAt(),
                "From " + (before == null ? "nobody" : before.displayName) + " to " + person.displayName + "."));
        Posting.flush();
        return posting;
    }
}
