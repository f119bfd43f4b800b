package dev.jobdesk.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.ReviewDelegation;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.company.Company;
import dev.jobdesk.posting.Action;
import dev.jobdesk.posting.ContentComparison;
import dev.jobdesk.posting.ContentComparison.ChangedSections;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingRevision;
import dev.jobdesk.posting.PostingService;
import dev.jobdesk.posting.PostingStep;
import dev.jobdesk.posting.PostingSummary;
import dev.jobdesk.posting.Revisions;
import dev.jobdesk.posting.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What an engineering lead does: their queue, approving, and sending a posting back with a comment. */
@ApplicationScoped
public class ReviewService {

    private final CurrentUser currentUser;
    private final PostingService postings;
    private final Event<PostingStep> steps;
    private final ObjectMapper json;
    private final Revisions revisions;
    private final Decisions decisions;
    private final Company company;

    ReviewService(CurrentUser currentUser, PostingService postings, Event<PostingStep> steps, ObjectMapper json,
                  Revisions revisions, Decisions decisions, Company company) {
        this.company = company;
        this.revisions = revisions;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.postings = postings;
        this.steps = steps;
        this.json = json;
    }

    /**
     * A posting waiting on a lead; for one they decided on before, what changed since, so the queue
     * tells a resubmission from a first review and how much there is to read.
     */
    public record QueueItem(PostingSummary posting, ChangedSections changes, String standingInFor) {
        public boolean resubmitted() {
            return changes != null;
        }
    }

    /**
     * Postings waiting on the signed-in lead, and on every lead they review for while that lead is
     * away; the longest-waiting first.
     */
    public List<QueueItem> queue() {
        // The session knows who the lead is: the queue's queries filter by id and username, without
        // a query for the account.
        long leadId = currentUser.accountId();
        String lead = currentUser.username();
        Map<Long, PostingRevision> decided = decisions.lastDecidedInReviewBy(leadId);
        List<QueueItem> queue = new ArrayList<>(itemsWaitingOn(lead, lead, null, decided));
        for (ReviewDelegation delegation : ReviewDelegation.heldBy(leadId, company.today())) {
            queue.addAll(itemsWaitingOn(delegation.lead.username, lead, delegation.lead.displayName, decided));
        }
        queue.sort(Comparator.comparing((QueueItem item) -> item.posting().updatedAt())
                .thenComparing(item -> item.posting().id()));
        return queue;
    }

    /**
     * {@code reviewer}, {@code reader}: usernames; {@code decided}: the revision {@code reader} last
     * decided on, of each posting they decided on.
     */
    private List<QueueItem> itemsWaitingOn(String reviewer, String reader, String standingInFor,
                                           Map<Long, PostingRevision> decided) {
        return PostingSummary.waitingOn(reviewer, reader).stream()
                .map(summary -> new QueueItem(summary, changesSince(decided.get(summary.id())), standingInFor))
                .toList();
    }

    /**
     * What changed since the revision decided on; nothing to show for a posting never decided on. The
     * postings came with their revisions, so Hibernate reads their lists for all of them at once.
     */
    private static ChangedSections changesSince(PostingRevision decided) {
        return decided == null ? null
                : ContentComparison.changedSections(decided.content(), decided.posting.workingContent());
    }

    /** Approves, with a note to the owner when the lead wrote one. */
    @Transactional
    public Posting approve(long id, int expectedVersion, String note) {
        return decide(id, expectedVersion, Decision.APPROVED, note);
    }

    @Transactional
    public Posting requestChanges(long id, int expectedVersion, String comment) {
        return decide(id, expectedVersion, Decision.CHANGES_REQUESTED, comment);
    }

    private Posting decide(long id, int expectedVersion, Decision decision, String comment) {
        Posting posting = postings.findReadable(id);
        PostingService.checkVersionOf(posting, expectedVersion);
        UserAccount lead = currentUser.account();
        Status from = posting.status();
        int reviewedVersion = posting.version();
        String reviewedContent = contentAsJson(posting);
        Instant now = Instant.now();
        UserAccount awaited = posting.approvals().reviewer();
        ReviewDelegation standingIn = ReviewDelegation.standingIn(lead, awaited, company.today()).orElse(null);
        PostingRevision revision = revisions.underReview(posting, now);
        Action step;
        if (decision == Decision.APPROVED) {
            step = posting.approve(lead, standingIn, revision, now);
        } else {
            posting.requestChanges(lead, standingIn, comment, now);
            step = Action.CHANGES_REQUESTED;
        }
        ReviewDecision record = new ReviewDecision();
        record.posting = posting;
        record.reviewer = lead;
        record.onBehalfOf = standingIn == null ? null : awaited;
        record.decision = decision;
        record.comment = comment == null || comment.isBlank() ? null : comment.strip();
        record.decidedAt = now;
        record.postingVersion = reviewedVersion;
        record.content = reviewedContent;
        record.revision = revision;
        record.contentHash = revision.contentHash;
        record.persist();
        steps.fire(new PostingStep(posting, lead, step, from, now, stepDetail(record)));
        // Written now, so that a decision racing on another replica fails here as a conflict, not at commit.
        Posting.flush();
        return posting;
    }

    /** The comment, saying whom a delegate decided for: the owner reads it in the history and the mail. */
    private static String stepDetail(ReviewDecision decision) {
        if (decision.onBehalfOf == null) {
            return decision.comment;
        }
        String standingIn = "In place of " + decision.onBehalfOf.displayName + ", who is away.";
        return decision.comment == null ? standingIn : standingIn + " " + decision.comment;
    }

    private String contentAsJson(Posting posting) {
        try {
            return json.writeValueAsString(posting.workingContent());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record the reviewed content of posting " + posting.id(), e);
        }
    }
}
