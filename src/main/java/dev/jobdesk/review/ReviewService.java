package dev.jobdesk.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.posting.Action;
import dev.jobdesk.posting.ContentComparison;
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
import java.util.List;
import java.util.OptionalInt;

/** What an engineering lead does: their queue, approving, and sending a posting back with a comment. */
@ApplicationScoped
public class ReviewService {

    private final CurrentUser currentUser;
    private final PostingService postings;
    private final Event<PostingStep> steps;
    private final ObjectMapper json;
    private final Revisions revisions;
    private final Decisions decisions;

    ReviewService(CurrentUser currentUser, PostingService postings, Event<PostingStep> steps, ObjectMapper json,
                  Revisions revisions, Decisions decisions) {
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
    public record QueueItem(PostingSummary posting, ContentComparison changes) {
        public boolean resubmitted() {
            return changes != null;
        }
    }

    /** Postings waiting on the signed-in lead, the longest-waiting first. */
    public List<QueueItem> queue() {
        UserAccount lead = currentUser.account();
        return PostingSummary.waitingOn(currentUser.username()).stream()
                .map(summary -> new QueueItem(summary, changesSinceDecided(lead, summary.id()))).toList();
    }

    private ContentComparison changesSinceDecided(UserAccount lead, long postingId) {
        Posting posting = Posting.findById(postingId);
        OptionalInt decided = decisions.lastDecidedBy(lead, posting);
        if (decided.isEmpty()) {
            return null;
        }
        return revisions.content(posting, decided.getAsInt())
                .map(before -> ContentComparison.between(before, posting.workingContent())).orElse(null);
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
        PostingRevision revision = revisions.underReview(posting, now);
        if (decision == Decision.APPROVED) {
            posting.approve(lead, revision, now);
        } else {
            posting.requestChanges(lead, comment, now);
        }
        ReviewDecision record = new ReviewDecision();
        record.posting = posting;
        record.reviewer = lead;
        record.decision = decision;
        record.comment = comment == null || comment.isBlank() ? null : comment.strip();
        record.decidedAt = now;
        record.postingVersion = reviewedVersion;
        record.content = reviewedContent;
        record.revision = revision;
        record.contentHash = revision.contentHash;
        record.persist();
        steps.fire(new PostingStep(posting, lead, decision == Decision.APPROVED ? Action.APPROVED
                : Action.CHANGES_REQUESTED, from, now, record.comment));
        // Written now, so that a decision racing on another replica fails here as a conflict, not at commit.
        Posting.flush();
        return posting;
    }

    private String contentAsJson(Posting posting) {
        try {
            return json.writeValueAsString(posting.workingContent());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record the reviewed content of posting " + posting.id(), e);
        }
    }
}
