package dev.jobdesk.posting;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.Seniority;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A posting's revisions: made at each submission, read to compare any two. */
@ApplicationScoped
public class Revisions {

    private final TemplateTexts templateTexts;

    Revisions(TemplateTexts templateTexts) {
        this.templateTexts = templateTexts;
    }

    /** Freezes the posting's content as it is now as its next revision. */
    public PostingRevision freeze(Posting posting, UserAccount author, Instant now) {
        int number = PostingRevision.latest(posting).map(latest -> latest.number + 1).orElse(1);
        PostingRevision revision = PostingRevision.freeze(posting, number, author, now);
        revision.persist();
        return revision;
    }

    /**
     * The revision a lead decides on: the one submitted, which is the content as it is, since content
     * in review is locked. When it is not (submitted before revisions existed, or a team renamed
     * since), the content as it is now becomes a revision, so a decision is always on a revision
     * that holds exactly what the lead reads.
     */
    public PostingRevision underReview(Posting posting, Instant now) {
        return PostingRevision.latest(posting).filter(latest -> latest.holds(posting.workingContent()))
                .orElseGet(() -> freeze(posting, posting.owner(), now));
    }

    /** What revision {@code number} holds; 0 is the template version the posting was cloned from. */
    public Optional<PostingContent> content(Posting posting, int number) {
        if (number == 0) {
            return Optional.of(clonedFrom(posting));
        }
        return PostingRevision.numbered(posting, number).map(PostingRevision::content);
    }

    /** What changed from revision {@code older} to {@code newer}; empty when either is not one of the posting's. */
    public Optional<ContentComparison> between(Posting posting, int older, int newer) {
        Map<Integer, PostingContent> held = new HashMap<>();
        if (older == 0) {
            held.put(0, clonedFrom(posting));
        }
        PostingRevision.numbered(posting, older, newer).forEach(revision -> held.put(revision.number, revision.content()));
        if (!held.containsKey(older) || !held.containsKey(newer)) {
            return Optional.empty();
        }
        return Optional.of(ContentComparison.between(held.get(older), held.get(newer)));
    }

    private PostingContent clonedFrom(Posting posting) {
        return templateTexts.of(posting.origin().template().id, Seniority.MID);
    }
}
