package dev.jobdesk.careers;

import dev.jobdesk.posting.LiveListings;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A live posting's card in the careers list as rendered, kept with the posting's version and the
 * site's (see {@link SiteVersion}): rendering a page's cards cost more than the rest of the page.
 * Crawlers read every page of the list in turn, more cards than a bounded heap holds; the database
 * holds one per live posting, for every replica.
 */
@Entity
@Table(name = "careers_card_utf8")
public class CareersCard extends PanacheEntityBase {

    @Id
    @Column(name = "posting_id")
    Long postingId;

    @Column(name = "posting_version", nullable = false)
    int postingVersion;

    @Column(name = "site_version", nullable = false, length = 64)
    String siteVersion;

    /** UTF-8: read back as it is, where a character string is decoded (see V33). */
    @Column(nullable = false)
    byte[] html;

    /**
     * By posting id, the kept cards of these postings that were rendered from the version listed, for
     * this version of the site: one query by primary key. Plain JDBC, as {@link CareersPage#current}, since
     * every page of the list reads it.
     */
    static Map<Long, byte[]> current(DataSource database, List<LiveListings.Listed> postings, String siteVersion) {
        if (postings.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> versions = new HashMap<>();
        postings.forEach(listed -> versions.put(listed.id(), listed.version()));
        String ids = String.join(", ", Collections.nCopies(postings.size(), "?"));
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select posting_id, posting_version, html from careers_card_utf8 where site_version = ? and posting_id in ("
                             + ids + ")")) {
            query.setString(1, siteVersion);
            for (int i = 0; i < postings.size(); i++) {
                query.setLong(i + 2, postings.get(i).id());
            }
            Map<Long, byte[]> kept = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (versions.get(id) == rows.getInt(2)) { // listed, so never null
                        kept.put(id, rows.getBytes(3));
                    }
                }
            }
            return kept;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the kept careers cards", e);
        }
    }

    /** Keeps cards just rendered as {@link CareersPage#keepAll} keeps pages. */
    static void keepAll(Connection connection, List<KeptRenderings.Card> cards) throws SQLException {
        KeptRenderings.replace(connection, "careers_card_utf8", """
                insert into careers_card_utf8 (posting_id, posting_version, site_version, html)
                select p.id, p.version, ?, ? from posting p where p.id = ? and p.status = ? and p.version = ?""",
                cards, (insert, card) -> {
                    insert.setString(1, card.site());
                    insert.setBytes(2, card.html());
                    return 3;
                });
    }

    /** Drops the kept card of a posting that is no longer live, as {@link CareersPage#forgetUnlessLive}. */
    static void forgetUnlessLive(long postingId) {
        getEntityManager().createQuery("""
                        delete from CareersCard cc where cc.postingId = :id
                          and not exists (select 1 from Posting p where p.id = cc.postingId and p.status = :live)""")
                .setParameter("id", postingId).setParameter("live", Status.PUBLISHED)
                .executeUpdate();
    }
}
