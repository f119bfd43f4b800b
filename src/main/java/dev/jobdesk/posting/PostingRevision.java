package dev.jobdesk.posting;

import dev.jobdesk.account.UserAccount;
import io.quarkus.qute.TemplateData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * A posting's content as it was submitted for review, numbered from 1 and never changed: what a lead
 * reads, decides on and approves, and what publishing publishes. Revision 0 is the template the
 * posting was cloned from (see {@link Revisions}), not a row.
 */
@Entity
@Immutable
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Table(name = "posting_revision")
public class PostingRevision extends PostingRecord {

    /** As {@code ReviewDecision.MAX_CONTENT}: room for every field at its limit, escaped. */
    public static final int MAX_CONTENT = 400_000;

    @Column(nullable = false)
    public int number;

    /** The {@link CanonicalContent} form the text is written in. */
    @Column(name = "content_form", nullable = false)
    public int contentForm;

    @Column(nullable = false, length = MAX_CONTENT)
    public String content;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public UserAccount author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected PostingRevision() {
    }

    /** The posting's content as it is now, as revision {@code number}; not yet saved. */
    public static PostingRevision freeze(Posting posting, int number, UserAccount author, Instant now) {
        PostingRevision revision = new PostingRevision();
        revision.posting = posting;
        revision.number = number;
        revision.contentForm = CanonicalContent.FORM;
        revision.content = CanonicalContent.of(posting.workingContent());
        revision.contentHash = CanonicalContent.hash(revision.content);
        revision.author = author;
        revision.createdAt = now;
        return revision;
    }

    public PostingContent content() {
        return CanonicalContent.read(contentForm, content);
    }

    /** Whether the text is still the one its hash was taken of: nothing wrote to it since. */
    public boolean isIntact() {
        return CanonicalContent.hash(content).equals(contentHash);
    }

    /** Whether {@code content} is, word for word, what this revision holds. */
    public boolean holds(PostingContent current) {
        return contentForm == CanonicalContent.FORM
                && CanonicalContent.hash(CanonicalContent.of(current)).equals(contentHash);
    }

    /**
     * A revision as lists show it: without its text, which pages listing a posting's revisions never
     * read (a revision holds the whole description), and with its author's name read in the same query.
     */
    public record Summary(long id, int number, String authorName, Instant createdAt) {
    }

    /** Every revision of the posting, the first first. */
    public static List<Summary> summariesOf(Posting posting) {
        return getEntityManager().createQuery("""
                        select new dev.jobdesk.posting.PostingRevision$Summary(r.id, r.number, a.displayName, r.createdAt)
                        from PostingRevision r left join r.author a where r.posting = :posting order by r.number
                        """, Summary.class)
                .setParameter("posting", posting).getResultList();
    }

    public static Optional<PostingRevision> latest(Posting posting) {
        return find("posting = ?1 order by number desc", posting).firstResultOptional();
    }

    public static Optional<PostingRevision> numbered(Posting posting, int number) {
        return find("posting = ?1 and number = ?2", posting, number).firstResultOptional();
    }

    /** Two of the posting's revisions, by number, in one query: those of the two that exist. */
    public static List<PostingRevision> numbered(Posting posting, int one, int other) {
        return find("posting = ?1 and (number = ?2 or number = ?3)", posting, one, other).list();
    }
}
