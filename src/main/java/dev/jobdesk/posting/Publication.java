package dev.jobdesk.posting;

import dev.jobdesk.domain.Slugs;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A posting's life on the careers page, from its first publication: its address, when it was first
 * published and last closed, the revision shown and the words the careers search finds it by.
 * Hibernate reads all-empty columns as a posting never published, and {@link #NOT_YET} stands for it.
 */
@Embeddable
public class Publication {

    /** What a posting never published reads: no address, no dates. Only {@link Posting} changes publications, never this one. */
    static final Publication NOT_YET = new Publication();

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

    /** See {@link SearchWords}; none while it is not live. */
    @ElementCollection
    @CollectionTable(name = "posting_search_word", joinColumns = @JoinColumn(name = "posting_id"))
    @Column(name = "word", nullable = false, length = SearchWords.MAX_LENGTH)
    private Set<String> searchWords = new HashSet<>();

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

    /** Off the careers page, and so out of its search. */
    void close(Instant now) {
        closedAt = now;
        searchWords.clear();
    }

    void reopen() {
        closedAt = null;
    }

    void findableBy(Set<String> words) {
        searchWords.clear();
        searchWords.addAll(words);
    }

    public String slug() {
        return slug;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public PostingRevision liveRevision() {
        return liveRevision;
    }
}
