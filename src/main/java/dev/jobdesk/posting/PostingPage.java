package dev.jobdesk.posting;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.company.PublishRules;
import dev.jobdesk.web.FieldErrors;
import io.quarkus.qute.RawString;
import java.util.List;
import java.util.Map;

/**
 * What the posting page shows and which buttons it offers to the person looking; {@code article}: its
 * text's markup ({@code PostingResource/article.html}). {@code latestReview}:
 * the lead's latest verdict, with its comment, while the posting's status is that verdict; else null. The buttons are a
 * convenience: every step is checked again by the services and the entity.
 */
public record PostingPage(Posting posting, PostingContent content, RawString article, PostingHistory.Steps history,
                          PostingHistory.Entry latestReview,
                          List<UserAccount> reviewers, boolean owner, boolean reviewer, boolean admin, String comment,
                          FieldErrors errors, String refusal, List<PostingRevision.Summary> revisions, Changes changes,
                          PostingAdministration.Choices choices, List<SectionComment> comments,
                          Map<String, String> commentSections, String standingInFor, PublishRules rules,
                          String commentSection, JobTemplate newerTemplate) {

    /** One of a posting's two approvals: who gives it, and where it stands. */
    public record Approval(String approverName, String state) {
    }

    /** For the lead deciding: what changed since {@code since} (a revision they decided on, or the template). */
    public record Changes(String since, ContentComparison comparison) {
    }

    /** What the lead typed into the decision form {@code field} names, when it comes back with a message. */
    public String typedInto(String field) {
        return errors.has(field) ? comment : "";
    }

    /** The checklist before review, while the owner may still submit it. */
    public List<Readiness.Item> readiness() {
        return canSubmit() ? Readiness.of(posting.workingContent(), rules) : List.of();
    }

    public boolean isReady() {
        return posting.missingUnder(rules).isEmpty();
    }

    /** What an approved posting lacks under rules an admin changed after it was submitted: it can't be published so. */
    public List<String> publishBlockers() {
        return canPublish() ? posting.missingUnder(rules) : List.of();
    }

    /** Its owner, or an admin, as the Markdown download itself allows (PostingService.findOwnedOrAdministered). */
    public boolean canDownload() {
        return owner || admin;
    }

    public boolean canEdit() {
        return owner && posting.status().isContentEditable();
    }

    public boolean canSubmit() {
        return owner && posting.status().allows(Action.SUBMITTED);
    }

    public boolean canWithdraw() {
        return owner && posting.status().allows(Action.WITHDRAWN);
    }

    public boolean canPublish() {
        return owner && posting.status().allows(Action.PUBLISHED);
    }

    /** While live, a correction under way or not. */
    public boolean canClose() {
        return owner && posting.isLive();
    }

    public boolean canReopen() {
        return owner && posting.status().allows(Action.REOPENED);
    }

    /** A new draft from this one's content, once it has been live: the way to post the role again. */
    public boolean canDuplicate() {
        return owner && (posting.isLive() || posting.isClosed());
    }

    /** The lead's comments on sections that its owner has not marked resolved. */
    public List<SectionComment> openComments() {
        return comments.stream().filter(SectionComment::isOpen).toList();
    }

    /** An admin, who can give the review to another lead and the posting to another manager. */
    public boolean canAdminister() {
        return admin && choices != null;
    }

    /**
     * Who has approved and who is next, when the approval policy asked for a second approval and the
     * posting is in review or approved; empty otherwise (the page then names the one reviewer).
     */
    public List<Approval> approvals() {
        Approvals approvals = posting.approvals();
        UserAccount second = approvals.secondApprover();
        Status status = posting.status();
        if (second == null || !(status == Status.IN_REVIEW || status == Status.APPROVED)) {
            return List.of();
        }
        UserAccount first = approvals.firstApprover();
        if (first == null) {
            return List.of(new Approval(approvals.reviewer().displayName, "reviewing now"),
                    new Approval(second.displayName, "approves next"));
        }
        // The reviewer, not the named second approver: an admin may have given the second review to someone else.
        return List.of(new Approval(first.displayName, "approved"),
                new Approval(approvals.reviewer().displayName, status == Status.APPROVED ? "approved" : "reviewing now"));
    }

    public boolean canReview() {
        return reviewer && !owner && posting.status() == Status.IN_REVIEW;
    }
}
