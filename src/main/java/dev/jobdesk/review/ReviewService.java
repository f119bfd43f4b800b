package dev.jobdesk.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.posting.Action;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingService;
import dev.jobdesk.posting.PostingStep;
import dev.jobdesk.posting.PostingSummary;
import dev.jobdesk.posting.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** What an engineering lead does: their queue, approving, and sending a posting back with a comment. */
@ApplicationScoped
public class ReviewService {

    private final CurrentUser currentUser;
    private final PostingService postings;
    private final Event<PostingStep> steps;
    private final ObjectMapper json;

    ReviewService(CurrentUser currentUser, PostingService postings, Event<PostingStep> steps, ObjectMapper json) {
        this.currentUser = currentUser;
        this.postings = postings;
        this.steps = steps;
        this.json = json;
    }

    /** Postings waiting on the signed-in lead, the longest-waiting first. */
    public List<PostingSummary> queue() {
        return PostingSummary.waitingOn(currentUser.username());
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
        if (decision == Decision.APPROVED) {
            posting.approve(lead, now);
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
        record.persist();
        steps.fire(new PostingStep(posting, lead, decision == Decision.APPROVED ? Action.APPROVED
                : Action.CHANGES_REQUESTED, from, now, record.comment));
        // Written now, so that a decision racing on another replica fails here as a conflict, not at commit.
        Posting.flush();
        return posting;
    }

    private String contentAsJson(Posting posting) {
        try {
            return json.writeValueAsString(posting.content());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record the reviewed content of posting " + posting.id(), e);
        }
    }
}
