package dev.jobdesk.review;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.posting.PostingRecord;
import dev.jobdesk.posting.PostingRevision;
import io.quarkus.qute.TemplateData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A lead's verdict on one exact version of a posting's content, kept as it was. */
@Entity
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Immutable
@Table(name = "review_decision")
public class ReviewDecision extends PostingRecord {

    public static final int MAX_COMMENT = 2000;

    /**
     * Room for the content of any posting the form accepts, as JSON: every field at its limit is
     * about 166,000 characters, and JSON writes a quote or a line break as two (LimitsTest fills
     * every field with quotes to prove it fits).
     */
    public static final int MAX_CONTENT = 400_000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    public UserAccount reviewer;

    /** The lead a delegate decided in place of, while that lead was away. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "on_behalf_of_id")
    public UserAccount onBehalfOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Decision decision;

    @Column(length = MAX_COMMENT)
    public String comment;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** The posting's version when decided, and its content then as JSON. */
    @Column(name = "posting_version", nullable = false)
    public int postingVersion;

    @Column(nullable = false, length = MAX_CONTENT)
    public String content;

    /** The revision decided on, and the hash of its text then; none on decisions older than revisions. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id")
    public PostingRevision revision;

    @Column(name = "content_hash", length = 64)
    public String contentHash;
}
