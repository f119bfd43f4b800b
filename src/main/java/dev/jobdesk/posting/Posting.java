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
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.HashSet;
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

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private JobTemplate template;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

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

    /** The words the careers search finds a live posting by (see {@link SearchWords}); none while it is not live. */
    @ElementCollection
    @CollectionTable(name = "posting_search_word", joinColumns = @JoinColumn(name = "posting_id"))
    @Column(name = "word", nullable = false, length = SearchWords.MAX_LENGTH)
    private Set<String> searchWords = new HashSet<>();

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
        posting.template = template;
        posting.templateVersion = template.version;
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
        updatedAt = now;
        if (isLive()) {
            // The careers page keeps the live text until the correction is approved and published.
            correction = new Correction(next, content, team);
            return;
        }
        status = next;
        text.write(content, team);
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
        if (!missing.isEmpty()) {
            throw refused("Fill in " + String.join(", ", missing) + " before submitting for approval.");
        }
        if (secondApprover != null) {
            Approvals.secondApproverRefusal(owner, lead, secondApprover).ifPresent(this::refuse);
        }
        approvals = Approvals.routedTo(lead, secondApprover, now);
        setWorkingStatus(next);
        updatedAt = now;
    }

    /** An admin gives the pending review to another lead, who must be one and not its owner. */
    public void reassignReview(UserAccount lead, Instant now) {
        Status next = nextStatus(Action.REVIEW_REASSIGNED);
        Approvals.leadRefusal(owner, lead).ifPresent(this::refuse);
        approvals.reassignTo(lead).ifPresent(this::refuse);
        setWorkingStatus(next);
        updatedAt = now;
    }

    /**
     * An admin gives the posting to another manager, who owns it from now on. Not to its reviewer
     * while in review: nobody decides on a posting of their own.
     */
    public void changeOwner(UserAccount manager, Instant now) {
        Status next = nextStatus(Action.OWNER_CHANGED);
        if (manager == null || !manager.hasRole(Role.MANAGER) || !manager.enabled) {
            throw refused("Choose one of the hiring managers offered.");
        }
        if (isOwnedBy(manager)) {
            throw refused(manager.displayName + " owns this posting already.");
        }
        if (next == Status.IN_REVIEW && approvals.isReviewing(manager)) {
            throw refused(manager.displayName + " is reviewing this posting: reassign the review first.");
        }
        owner = manager;
        setWorkingStatus(next);
        updatedAt = now;
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
        if (revision == null || !Objects.equals(revision.posting.id(), id) || !revision.holds(workingContent())) {
            throw refused("This posting's content is not what was submitted for review. Look at it again.");
        }
        Action step = approvals.approve(lead, revision, now) ? Action.FIRST_APPROVED : Action.APPROVED;
        moveTo(step, now);
        return step;
    }

    public void requestChanges(UserAccount lead, ReviewDelegation standingIn, String comment, Instant now) {
        checkReviewer(lead, standingIn, Action.CHANGES_REQUESTED);
        if (comment == null || comment.isBlank()) {
            throw refused("Say what should change: a comment is required when requesting changes.");
        }
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
        if (!missing.isEmpty()) {
            throw refused("This posting can't be published yet: it needs " + String.join(", ", missing)
                    + ". Edit it to add what is missing; it then goes through review again.");
        }
        PostingRevision approvedRevision = approvedRevision();
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
        setWorkingStatus(next);
        updatedAt = now;
        indexForSearch();
    }

    /** Off the careers page; a correction under way goes with it, since there is nothing left to correct. */
    public void close(Instant now) {
        if (!isLive()) {
            throw refused("A posting that is " + status.label().toLowerCase(Locale.ENGLISH) + " can't be closed.");
        }
        correction = null;
        status = Status.CLOSED;
        updatedAt = now;
        publication.close(now);
        searchWords.clear();
    }

    /**
     * Back on the careers page under the same address, with the text it had (which a lead approved)
     * and its first publication date; not once its closing date has passed ({@code today} is the
     * company's day).
     */
    public void reopen(LocalDate today, Instant now) {
        Status next = nextStatus(Action.REOPENED);
        LocalDate closingDate = text.closingDate();
        if (closingDate != null && closingDate.isBefore(today)) {
            throw refused("Its closing date, " + closingDate + ", has passed, so it can't be reopened. "
                    + "Duplicate it to post it again with a new closing date.");
        }
        status = next;
        updatedAt = now;
        publication.reopen();
        indexForSearch();
    }

    /** A new draft for {@code owner} with the same content, from the same template version: Duplicate. */
    public Posting duplicate(UserAccount owner, Instant now) {
        Posting copy = cloneOf(template, owner, now);
        // The team of the text being worked on: a correction's, if one is under way.
        copy.text.write(workingContent(), workingTeam());
        return copy;
    }

    /** Makes a live posting findable by the words of its text, as they are now. */
    void indexForSearch() {
        searchWords.clear();
        if (status.isPublic()) {
            searchWords.addAll(SearchWords.of(content()));
        }
    }

    /**
     * What a posting needs before a lead can review it and before it is published: see
     * {@link Readiness}; for a live posting, its correction is what is checked.
     */
    public List<Readiness.Item> readiness(PublishRules rules) {
        return Readiness.of(workingContent(), rules);
    }

    /** What {@link #readiness} still lacks, as a refusal names it. */
    public List<String> missingUnder(PublishRules rules) {
        return readiness(rules).stream().filter(item -> !item.done()).map(Readiness.Item::described).toList();
    }

    public boolean isOwnedBy(UserAccount user) {
        return user != null && Objects.equals(owner.id, user.id);
    }

    public boolean isAssignedTo(UserAccount user) {
        return approvals != null && approvals.isAssignedTo(user);
    }

    /**
     * What the owner edits and a lead reviews: the correction while a live posting is corrected,
     * otherwise the posting's own text.
     */
    public PostingContent workingContent() {
        return correction == null ? content() : correction.content();
    }

    /** The revision the careers page shows; null before publishing, and for text published before revisions. */
    public Long liveRevisionId() {
        PostingRevision live = liveRevision();
        return live == null ? null : live.id;
    }

    /**
     * The text the careers page shows: the live revision's, which a lead approved word for word, read
     * as one row rather than the posting's four lists (a crawler reading thousands of postings pays
     * for each). The team is the posting's: an admin's rename reaches postings, not revisions. Text
     * published before revisions existed is read from the posting.
     */
    public PostingContent liveContent() {
        PostingRevision live = liveRevision();
        return live == null ? content() : live.content().withTeam(text.teamName());
    }

    private PostingRevision liveRevision() {
        return publication == null ? null : publication.liveRevision();
    }

    /** The posting's own text: for a live posting, what the careers page shows. */
    public PostingContent content() {
        return text.content();
    }

    private void moveTo(Action action, Instant now) {
        setWorkingStatus(nextStatus(action));
        updatedAt = now;
    }

    /**
     * The workflow runs on the working revision: on a live posting, that is its correction, and the
     * posting stays published throughout.
     */
    private void setWorkingStatus(Status next) {
        if (correction != null) {
            correction.moveTo(next);
        } else {
            status = next;
        }
    }

    private Status nextStatus(Action action) {
        Status working = status();
        return working.after(action).orElseThrow(() -> refused(
                "A posting that is " + working.label().toLowerCase(Locale.ENGLISH) + " can't be "
                        + action.pastParticiple() + "."));
    }

    private void checkReviewer(UserAccount lead, ReviewDelegation standingIn, Action action) {
        nextStatus(action);
        if (isOwnedBy(lead)) {
            throw refused("You can't review a posting you wrote.");
        }
        approvals.deciderRefusal(lead, standingIn).ifPresent(this::refuse);
    }

    /**
     * Whether the posting waits on {@code person}'s decision on {@code today} (in the company's time
     * zone): as its reviewer, or reviewing for them while they are away.
     */
    public boolean awaitsDecisionOf(UserAccount person, LocalDate today) {
        return status() == Status.IN_REVIEW && person != null && !isOwnedBy(person)
                && (isAssignedTo(person) || ReviewDelegation.standingIn(person, reviewer(), today).isPresent());
    }

    /** Whether {@code user} reviews this posting now, approved it first, or approves it second. */
    public boolean isApprover(UserAccount user) {
        return approvals != null && approvals.isApprover(user);
    }

    private WorkflowException refused(String message) {
        return new WorkflowException(id, message);
    }

    private void refuse(String message) {
        throw refused(message);
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

    /**
     * Follows {@code newer}, a later version of the template it was cloned from: its manager has taken
     * the changes they wanted, and the posting is told only of versions after this one.
     */
    public void followTemplate(JobTemplate newer) {
        if (!newer.slug.equals(template.slug) || newer.version <= templateVersion) {
            throw new IllegalArgumentException("Version " + newer.version + " of " + newer.slug
                    + " does not follow the template this posting was cloned from");
        }
        template = newer;
        templateVersion = newer.version;
    }

    public JobTemplate template() {
        return template;
    }

    public int templateVersion() {
        return templateVersion;
    }

    /** Where the working revision is in the workflow (see {@link #workingContent}); Published and Closed once settled. */
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

    /** Whoever's decision is awaited, once routed for approval: the lead, then the second approver. */
    public UserAccount reviewer() {
        return approvals == null ? null : approvals.reviewer();
    }

    /** The team of the text being worked on: a correction's, if one is under way. */
    public Team workingTeam() {
        return correction != null ? correction.team() : text.team();
    }

    /** Who approves after the lead, when the approval policy asked for a second approval. */
    public UserAccount secondApprover() {
        return approvals == null ? null : approvals.secondApprover();
    }

    /** Who gave the first of two approvals, once given. */
    public UserAccount firstApprover() {
        return approvals == null ? null : approvals.firstApprover();
    }

    /** The revision approved, while the approval stands. */
    public PostingRevision approvedRevision() {
        return approvals == null ? null : approvals.approvedRevision();
    }

    /** Its address on the careers page, from its first publication on. */
    public String slug() {
        return publication == null ? null : publication.slug();
    }

    public String title() {
        return text.title();
    }

    public Seniority seniority() {
        return text.seniority();
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When the review reached its current reviewer. */
    public Instant submittedAt() {
        return approvals == null ? null : approvals.submittedAt();
    }

    public Instant publishedAt() {
        return publication == null ? null : publication.publishedAt();
    }

    public Instant closedAt() {
        return publication == null ? null : publication.closedAt();
    }
}
