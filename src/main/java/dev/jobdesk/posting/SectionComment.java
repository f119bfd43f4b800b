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

/** A lead's comment on one section of a posting under review, open until its owner marks it resolved. */
@Entity
@Table(name = "section_comment")
@TemplateData(namespace = TemplateData.SIMPLENAME)
public class SectionComment extends PostingRecord {

    public static final int MAX_TEXT = 2000;

    /** The revision the lead was reading. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id")
    public PostingRevision revision;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public UserAccount author;

    /** The anchor of the section in the editor and the comparison ({@link ContentComparison.SectionChange#anchor}). */
    @Column(nullable = false, length = 32)
    public String section;

    @Column(nullable = false, length = MAX_TEXT)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by_id")
    public UserAccount resolvedBy;

    public boolean isOpen() {
        return resolvedAt == null;
    }

    /** The section's name as the editor heads it. */
    public String sectionName() {
        return SectionComments.SECTIONS.getOrDefault(section, section);
    }

    /** With their authors' roles, which Security JPA loads with every account, in the same query. */
    static List<SectionComment> of(Posting posting) {
        return find("from SectionComment c join fetch c.author a left join fetch a.roles where c.posting = ?1"
                + " order by c.createdAt, c.id", posting).list();
    }
}
