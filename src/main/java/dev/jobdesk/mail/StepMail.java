package dev.jobdesk.mail;

import dev.jobdesk.account.Delegations;
import dev.jobdesk.account.ReviewDelegation;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.company.Company;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;

/**
 * Mail about the steps that wait on someone else: the reviewer hears of a submission, the owner of
 * each decision. Written to the outbox in the step's transaction, so no mail tells of a step that
 * did not happen.
 */
@ApplicationScoped
class StepMail {

    private final Outbox outbox;
    private final Company company;

    StepMail(Outbox outbox, Company company) {
        this.outbox = outbox;
        this.company = company;
    }

    void mail(@Observes PostingStep step) {
        Posting posting = step.posting();
        String title = "“" + posting.workingContent().title() + "”";
        String actor = step.actor() == null ? "Jobdesk" : step.actor().displayName;
        String page = outbox.link("/postings/" + posting.id());
        switch (step.action()) {
            case SUBMITTED -> {
                write(posting.approvals().reviewer(), "Please review: " + title, step,
                        actor + " asks you to review " + title + (posting.isLive() ? ", a correction of a live posting" : "")
                                + (posting.approvals().secondApprover() == null ? "" : ". " + posting.approvals().secondApprover().displayName
                                + " approves after you") + ".\n\nRead what changed and decide: " + page);
                ReviewDelegation.standIn(posting.approvals().reviewer(), company.today()).ifPresent(delegate -> write(delegate,
                        "Please review: " + title, step, actor + " asks " + posting.approvals().reviewer().displayName
                                + ", who is away, to review " + title + ". You review for them meanwhile."
                                + "\n\nRead it and decide: " + page));
            }
            case FIRST_APPROVED -> write(posting.approvals().reviewer(), "Your approval is next: " + title, step,
                    actor + " approved " + title + ", which needs your approval too."
                            + (step.detail() == null ? "" : "\n\n" + step.detail()) + "\n\nRead it and decide: " + page);
            case REVIEW_REASSIGNED -> write(posting.approvals().reviewer(), "Please review: " + title, step,
                    actor + " gave you the review of " + title + ", which was waiting on someone else."
                            + "\n\nRead it and decide: " + page);
            case OWNER_CHANGED -> write(posting.owner(), "Yours now: " + title, step,
                    actor + " gave you " + title + ". You own it from now on: edit it, submit it and publish it."
                            + "\n\nOpen it: " + page);
            case APPROVED -> write(posting.owner(), "Approved: " + title, step,
                    actor + " approved " + title + "." + (step.detail() == null ? "" : "\n\n" + step.detail())
                            + "\n\nPublish it: " + page);
            case CHANGES_REQUESTED -> write(posting.owner(), "Changes requested: " + title, step,
                    actor + " asks for changes to " + title + ":\n\n" + step.detail() + "\n\nEdit it: " + page + "/edit");
            default -> {
                // The other steps are the owner's own, or Jobdesk's: nobody waits to hear of them.
            }
        }
    }

    void delegated(@Observes Delegations.DelegationNamed named) {
        ReviewDelegation delegation = named.delegation();
        UserAccount lead = delegation.lead;
        outbox.write(delegation.delegate, lead.displayName + " asks you to review for them",
                lead.displayName + " will be away from " + delegation.startsOn + " to " + delegation.endsOn
                        + " and named you to review for them meanwhile. The postings waiting on them appear in your"
                        + " review queue, and you decide in their place.\n\nYour queue: " + outbox.link("/reviews"),
                Instant.now());
    }

    private void write(UserAccount to, String subject, PostingStep step, String text) {
        outbox.write(to, subject, text, step.at());
    }
}
