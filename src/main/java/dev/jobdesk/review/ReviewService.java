package dev.jobdesk.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.audit.AuditLog;
import dev.jobdesk.posting.Action;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingMetrics;
import dev.jobdesk.posting.PostingService;
import dev.jobdesk.posting.PostingSummary;
import dev.jobdesk.posting.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What an engineering lead does: their queue, approving, and sending a posting back with a comment. */
@ApplicationScoped
public class ReviewService {

    private final CurrentUser currentUser;
    private final PostingService postings;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final PostingMetrics metrics;

    ReviewService(CurrentUser currentUser, PostingService postings, AuditLog audit, ObjectMapper json,
                  PostingMetrics metrics) {
        this.currentUser = currentUser;
        this.postings = postings;
        this.audit = audit;
        this.json = json;
        this.metrics = metrics;
    }

    /** Postings waiting on the signed-in lead, the longest-waiting first. */
    public List<PostingSummary> queue() {
        return Posting.getEntityManager().createQuery("""
                        select new dev.jobdesk.posting.PostingSummary(p.id, p.title, p.team, p.seniority, p.status,
                            p.submittedAt, o.displayName, r.displayName, p.slug)
                        from Posting p join p.owner o join p.reviewer r
                        where r.username = :me and p.status = :status order by p.submittedAt, p.id
                        """, PostingSummary.class)
                .setParameter("me", currentUser.username()).setParameter("status", Status.IN_REVIEW)
                .getResultList();
    }

    @Transactional
    public Posting approve(long id, int expectedVersion) {
        return decide(id, expectedVersion, Decision.APPROVED, null);
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
        audit.record(posting, lead, decision == Decision.APPROVED ? Action.APPROVED : Action.CHANGES_REQUESTED,
                from, now, record.comment);
        metrics.decided(Duration.between(posting.submittedAt(), now));
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
