package dev.jobdesk.posting;

import dev.jobdesk.account.ReviewDelegation;
import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.company.PublishRules;
import dev.jobdesk.company.Team;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateData;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A job description owned by one hiring manager, cloned from a template. Its status changes only
 * through the intention methods below, and each refuses a step the workflow does not allow.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Entity
@Table(name = "posting")
public class Posting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @Embedded
    private TemplateOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** Who decides on it and what they approved, once routed for approval; none before. */
    @Embedded
    private Approvals approvals;

    /** While a live posting is corrected: the text on its way through review, beside the live one. */
    @Embedded
    private Correction correction;

    /** Its address on the careers page and the revision shown there, once published; none before. */
    @Embedded
    private Publication publication;

    @Embedded
    private ContentColumns text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Posting() {
    }

    /** A draft with its own copy of every section of the template, at mid level. */
    public static Posting cloneOf(JobTemplate template, UserAccount owner, Instant now) {
        Posting posting = new Posting();
        posting.owner = owner;
        posting.origin = new TemplateOrigin(template);
        posting.status = Status.DRAFT;
        posting.createdAt = now;
        posting.updatedAt = now;
        posting.text = new ContentColumns(PostingContent.ofTemplate(template, Seniority.MID), null);
        return posting;
    }

    /** {@code team}: the one {@code content} names, from the admin's list; its name is the one kept. */
    public void edit(PostingContent content, Team team, Instant now) {
        Status next = nextStatus(Action.EDITED);
        if (approvals != null) {
            approvals.voidApproval();
        }
        if (isLive()) {
            // The careers page keeps the live text until the correction is approved and published.
            correction = new Correction(next, content, team);
        } else {
            text.write(content, team);
        }
        moveTo(next, now);
    }

    /**
     * Routes the posting to {@code lead}; when the approval policy names a {@code secondApprover} for it,
     * that person approves after the lead, so the two must be different people and neither the owner.
     * The posting must have what the company's publish {@code rules} ask.
     */
    public void submitFor(UserAccount lead, UserAccount secondApprover, PublishRules rules, Instant now) {
        Status next = nextStatus(Action.SUBMITTED);
        Approvals.leadRefusal(owner, lead).ifPresent(this::refuse);
        List<String> missing = missingUnder(rules);
        refuseIf(!missing.isEmpty(), "Fill in " + String.join(", ", missing) + " before submitting for approval.");
        if (secondApprover != null) {
            Approvals.secondApproverRefusal(owner, lead, secondApprover).ifPresent(this::refuse);
        }
        approvals = Approvals.routedTo(lead, secondApprover, now);
        moveTo(next, now);
    }

    /** An admin gives the pending review to another lead, who must be one and not its owner. */
    public void reassignReview(UserAccount lead, Instant now) {
        Status next = nextStatus(Action.REVIEW_REASSIGNED);
        Approvals.leadRefusal(owner, lead).ifPresent(this::refuse);
        approvals.reassignTo(lead).ifPresent(this::refuse);
        moveTo(next, now);
    }

    /**
     * An admin gives the posting to another manager, who owns it from now on. Not to its reviewer
     * while in review: nobody decides on a posting of their own.
     */
    public void changeOwner(UserAccount manager, Instant now) {
        Status next = nextStatus(Action.OWNER_CHANGED);
        refuseIf(manager == null || !manager.hasRole(Role.MANAGER) || !manager.enabled,
                "Choose one of the hiring managers offered.");
        refuseIf(isOwnedBy(manager.id), manager.displayName + " owns this posting already.");
        refuseIf(next == Status.IN_REVIEW && approvals.isReviewing(manager),
                manager.displayName + " is reviewing this posting: reassign the review first.");
        owner = manager;
        moveTo(next, now);
    }

    public void withdraw(Instant now) {
        moveTo(Action.WITHDRAWN, now);
    }

    /**
     * Approves {@code revision}, which must be exactly the content under review. The first of two
     * approvals passes the posting on to the second approver and says so by the step it returns.
     * {@code standingIn} is the delegation in force today of a lead who is away, when their delegate decides.
     */
    public Action approve(UserAccount lead, ReviewDelegation standingIn, PostingRevision revision, Instant now) {
        checkReviewer(lead, standingIn, Action.APPROVED);
        refuseIf(revision == null || !Objects.equals(revision.posting.id(), id) || !revision.holds(workingContent()),
                "This posting's content is not what was submitted for review. Look at it again.");
        Action step = approvals.approve(lead, revision, now) ? Action.FIRST_APPROVED : Action.APPROVED;
        moveTo(step, now);
        return step;
    }

    public void requestChanges(UserAccount lead, ReviewDelegation standingIn, String comment, Instant now) {
        checkReviewer(lead, standingIn, Action.CHANGES_REQUESTED);
        refuseIf(comment == null || comment.isBlank(),
                "Say what should change: a comment is required when requesting changes.");
        moveTo(Action.CHANGES_REQUESTED, now);
    }

    /**
     * Makes the approved revision live, refusing any other text: content or a revision changed since
     * the approval by anything but the workflow (the database by hand, a faulty migration) is not
     * what the lead approved. An approval given before revisions existed is taken as it was given.
     * A correction replaces the live text in one step, under the same address, and the posting
     * keeps the day it was first published. The company's publish {@code rules} are checked again:
     * an admin may have changed them since the posting was submitted.
     */
    public void publish(PublishRules rules, Instant now) {
        Status next = nextStatus(Action.PUBLISHED);
        List<String> missing = missingUnder(rules);
        refuseIf(!missing.isEmpty(), "This posting can't be published yet: it needs " + String.join(", ", missing)
                + ". Edit it to add what is missing; it then goes through review again.");
        PostingRevision approvedRevision = approvals().approvedRevision();
        if (approvedRevision != null && !(approvedRevision.isIntact() && approvedRevision.holds(workingContent()))) {
            throw refused("This posting is no longer word for word what was approved as revision "
                    + approvedRevision.number + ", so it can't be published. Save it and submit it for review again.");
        }
        if (isLive()) {
            text.write(correction.content(), correction.team());
            correction = null;
            publication.show(approvedRevision);
        } else {
            publication = Publication.first(text.title(), text.placeForAddress(), id, approvedRevision, now);
        }
        moveTo(next, now);
        indexForSearch();
    }

    /** Off the careers page; a correction under way goes with it, since there is nothing left to correct. */
    public void close(Instant now) {
        refuseIf(!isLive(), "A posting that is " + status.label().toLowerCase(Locale.ENGLISH) + " can't be closed.");
        correction = null;
        moveTo(Status.CLOSED, now);
        publication.close(now);
    }

    /**
     * Back on the careers page under the same address, with the text it had (which a lead approved)
     * and its first publication date; not once its closing date has passed ({@code today} is the
     * company's day).
     */
    public void reopen(LocalDate today, Instant now) {
        Status next = nextStatus(Action.REOPENED);
        LocalDate closingDate = text.closingDate();
        refuseIf(closingDate != null && closingDate.isBefore(today), "Its closing date, " + closingDate
                + ", has passed, so it can't be reopened. Duplicate it to post it again with a new closing date.");
        moveTo(next, now);
        publication.reopen();
        indexForSearch();
    }

    /** A new draft for {@code owner} with the same content, from the same template version: Duplicate. */
    public Posting duplicate(UserAccount owner, Instant now) {
        Posting copy = cloneOf(origin.template(), owner, now);
        copy.text.write(workingContent(), workingTeam());
        return copy;
    }

    /** Its own text as {@code kept} holds it for this version, once read (see {@link PostingTexts}). */
    void recallText(PostingTexts kept) {
        text.recall(kept, id, version);
    }

    /** Makes a live posting findable by the words of its text, as they are now. */
    void indexForSearch() {
        publication.findableBy(status.isPublic() ? SearchWords.of(content()) : Set.of());
    }

    /**
     * What it still needs before a lead can review it and before it is published (see {@link Readiness}),
     * as a refusal names it; for a live posting, its correction is what is checked.
     */
    public List<String> missingUnder(PublishRules rules) {
        return Readiness.missing(workingContent(), rules);
    }

    public boolean isOwnedBy(Long userId) {
        return Objects.equals(owner.id, userId);
    }

    /**
     * What the owner edits and a lead reviews: the correction while a live posting is corrected,
     * otherwise the posting's own text.
     */
    public PostingContent workingContent() {
        return correction == null ? content() : correction.content();
    }

    /**
     * The text the careers page shows: the live revision's, which a lead approved word for word, read
     * as one row rather than the posting's four lists (a crawler reading thousands of postings pays
     * for each). The team is the posting's: an admin's rename reaches postings, not revisions. Text
     * published before revisions existed is read from the posting.
     */
    public PostingContent liveContent() {
        PostingRevision live = publication().liveRevision();
        return live == null ? content() : live.content().withTeam(text.teamName());
    }

    /** The posting's own text: for a live posting, what the careers page shows. */
    public PostingContent content() {
        return text.content();
    }

    private void moveTo(Action action, Instant now) {
        moveTo(nextStatus(action), now);
    }

    /**
     * The workflow runs on the working revision: on a live posting, that is its correction, and the
     * posting stays published throughout.
     */
    private void moveTo(Status next, Instant now) {
        if (correction != null) {
            correction.moveTo(next);
        } else {
            status = next;
        }
        updatedAt = now;
    }

    private Status nextStatus(Action action) {
        Status working = status();
        return working.after(action).orElseThrow(() -> refused(
                "A posting that is " + working.label().toLowerCase(Locale.ENGLISH) + " can't be "
                        + action.pastParticiple() + "."));
    }

    private void checkReviewer(UserAccount lead, ReviewDelegation standingIn, Action action) {
        nextStatus(action);
        refuseIf(isOwnedBy(lead.id), "You can't review a posting you wrote.");
        approvals.deciderRefusal(lead, standingIn).ifPresent(this::refuse);
    }

    /**
     * Whether the posting waits on {@code person}'s decision on {@code today} (in the company's time
     * zone): as its reviewer, or reviewing for them while they are away.
     */
    public boolean awaitsDecisionOf(UserAccount person, LocalDate today) {
        return status() == Status.IN_REVIEW && person != null && !isOwnedBy(person.id) && (approvals.isAssignedTo(person)
                || ReviewDelegation.standingIn(person, approvals.reviewer(), today).isPresent());
    }

    private WorkflowException refused(String message) {
        return new WorkflowException(id, message);
    }

    private void refuse(String message) {
        throw refused(message);
    }

    private void refuseIf(boolean refused, String message) {
        if (refused) {
            refuse(message);
        }
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public UserAccount owner() {
        return owner;
    }

    /** Its manager has taken the changes they wanted from {@code newer}, a later version of its template. */
    public void followTemplate(JobTemplate newer) {
        origin = origin.followedBy(newer);
    }

    public TemplateOrigin origin() {
        return origin;
    }

    /** Where the working text is in the workflow (see {@link #workingContent}); Published or Closed when settled. */
    public Status status() {
        return correction != null ? correction.status() : status;
    }

    /** On the careers page now, whether or not a correction is under way. */
    public boolean isLive() {
        return status == Status.PUBLISHED;
    }

    public boolean isClosed() {
        return status == Status.CLOSED;
    }

    /** A live posting whose correction is under way. */
    public boolean isCorrected() {
        return correction != null;
    }

    /** Who decides on it and what they approved; nobody and nothing before it is routed for approval. */
    public Approvals approvals() {
        return approvals == null ? Approvals.NOT_ROUTED : approvals;
    }

    /** The team of the text being worked on: a correction's, if one is under way. */
    public Team workingTeam() {
        return correction != null ? correction.team() : text.team();
    }

    /** Its address on the careers page, from its first publication on. */
    public String slug() {
        return publication().slug();
    }

    /** Its life on the careers page; no address and no dates before its first publication. */
    public Publication publication() {
        return publication == null ? Publication.NOT_YET : publication;
    }

    public String title() {
        return text.title();
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
