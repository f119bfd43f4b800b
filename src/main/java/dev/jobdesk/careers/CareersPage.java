package dev.jobdesk.careers;

import dev.jobdesk.posting.Status;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A live posting's careers page as anonymous visitors get it, kept with what it was rendered from:
 * rendering the page costs far more than reading it back, and a published revision never changes.
 * Job boards and crawlers ask for every posting in turn, more than any memory would hold; the
 * database holds one page per live posting, for every replica.
 */
@Entity
@Table(name = "careers_page")
public class CareersPage extends PanacheEntityBase {

    /** A page that may be served as it is, and when its posting last changed. */
    record Kept(String etag, byte[] html, Instant lastChanged) {
    }

    @Id
    @Column(name = "posting_id")
    Long postingId;

    /** The live revision it shows; none for a posting published before revisions. */
    @Column(name = "revision_id")
    Long revisionId;

    @Column(name = "posting_updated_at", nullable = false)
    Instant postingUpdatedAt;

    /** See {@link SiteVersion}. */
    @Column(name = "site_version", nullable = false, length = 64)
    String siteVersion;

    @Column(nullable = false, length = 64)
    String etag;

    @Column(nullable = false)
    byte[] html;

    /**
     * The kept page of the live posting at {@code slug}, if it was rendered from what the posting is
     * now, for this version of the site: one row read, no posting, revision or content loaded. Plain
     * JDBC, since this is every crawler's and job board's request and Hibernate's share of it was
     * as large as the database's.
     */
    static Optional<Kept> current(DataSource database, String slug, String siteVersion) {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select cp.etag, cp.html, p.updated_at from posting p
                     join careers_page cp on cp.posting_id = p.id
                     where p.slug = ? and p.status = ? and cp.site_version = ?
                       and cp.posting_updated_at = p.updated_at
                       and (cp.revision_id = p.live_revision_id
                            or cp.revision_id is null and p.live_revision_id is null)""")) {
            query.setString(1, slug);
            query.setString(2, Status.PUBLISHED.name());
            query.setString(3, siteVersion);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new Kept(row.getString(1), row.getBytes(2),
                                row.getObject(3, OffsetDateTime.class).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the careers page of " + slug, e);
        }
    }

    /**
     * Drops the kept page of a posting that is no longer live (closed, or taken back): it would never
     * be served again, and the table would otherwise keep every page ever published.
     */
    static void forgetUnlessLive(long postingId) {
        getEntityManager().createQuery("""
                        delete from CareersPage cp where cp.postingId = :id
                          and not exists (select 1 from Posting p where p.id = cp.postingId and p.status = :live)""")
                .setParameter("id", postingId).setParameter("live", Status.PUBLISHED).executeUpdate();
    }

    /**
     * Keeps pages just rendered, each in place of the one kept before, and only if its posting is still
     * live at the version it was rendered from; the revision and the time of the last change are the
     * posting's own, as {@link #current} compares them. Plain JDBC, a batch at a time: the rows are
     * written, never read back into memory.
     */
    static void keepAll(Connection connection, List<KeptRenderings.Page> pages) throws SQLException {
        KeptRenderings.replace(connection, "careers_page", """
                insert into careers_page (posting_id, revision_id, posting_updated_at, site_version, etag, html)
                select p.id, p.live_revision_id, p.updated_at, ?, ?, ? from posting p
                where p.id = ? and p.status = ? and p.version = ?""", pages, (insert, page) -> {
                    insert.setString(1, page.site());
                    insert.setString(2, page.etag());
                    insert.setBytes(3, page.html());
                    return 4;
                });
    }
}
