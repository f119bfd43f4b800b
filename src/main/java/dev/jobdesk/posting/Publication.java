package dev.jobdesk.posting;

import dev.jobdesk.domain.Slugs;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A posting's life on the careers page, from its first publication: its address, when it was first
 * published and last closed, and the revision shown. Hibernate reads all-empty columns as a posting
 * never published.
 */
@Embeddable
class Publication {

    /** Readable and stable: made at the first publication, kept through corrections, closing and reopening. */
    @Column(length = 140)
    private String slug;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** None for text published before revisions existed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "live_revision_id")
    private PostingRevision liveRevision;

    protected Publication() {
    }

    private Publication(String slug, Instant publishedAt, PostingRevision liveRevision) {
        this.slug = slug;
        this.publishedAt = publishedAt;
        this.liveRevision = liveRevision;
    }

    static Publication first(String title, String location, Long postingId, PostingRevision revision, Instant now) {
        return new Publication(slugFor(title, location, postingId), now, revision);
    }

    /** The id keeps the address unique; the words make it readable. */
    static String slugFor(String title, String location, Long postingId) {
        String words = location == null || location.isBlank() ? title : title + " " + location;
        String slug = Slugs.of(words, 100);
        return slug.isEmpty() ? "job-" + postingId : slug + "-" + postingId;
    }

    /** A correction published over the live text. */
    void show(PostingRevision revision) {
        liveRevision = revision;
    }

    void close(Instant now) {
        closedAt = now;
    }

    void reopen() {
        closedAt = null;
    }

    String slug() {
        return slug;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    PostingRevision liveRevision() {
        return liveRevision;
    }
}
