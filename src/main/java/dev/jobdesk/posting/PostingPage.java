package dev.jobdesk.posting;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.web.FieldErrors;
import java.util.List;
import java.util.Map;

/**
 * What the posting page shows and which buttons it offers to the person looking. The buttons are a
 * convenience: every step is checked again by the services and the entity.
 */
public record PostingPage(Posting posting, PostingContent content, List<PostingHistory.Entry> history,
                          List<UserAccount> reviewers, boolean owner, boolean reviewer, boolean admin, String comment,
                          FieldErrors errors, String refusal, List<PostingRevision> revisions, Changes changes,
                          PostingAdministration.Choices choices, List<SectionComment> comments,
                          Map<String, String> commentSections) {

    /** For the lead deciding: what changed since {@code since} (a revision they decided on, or the template). */
    public record Changes(String since, ContentComparison comparison) {
    }

    /** The lead's latest verdict, with its comment: what the owner has to act on; null before any review. */
    public PostingHistory.Entry latestReview() {
        return PostingHistory.latestReview(history);
    }

    /** What the lead typed into the decision form {@code field} names, when it comes back with a message. */
    public String typedInto(String field) {
        return errors.has(field) ? comment : "";
    }

    public List<Section> sections() {
        return List.of(Section.values());
    }

    /** The checklist before review, while the owner may still submit it. */
    public List<Posting.ReadinessItem> readiness() {
        return canSubmit() ? posting.readiness() : List.of();
    }

    public boolean isReady() {
        return posting.missingForReview().isEmpty();
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

    public boolean canReview() {
        return reviewer && !owner && posting.status() == Status.IN_REVIEW;
    }
}
