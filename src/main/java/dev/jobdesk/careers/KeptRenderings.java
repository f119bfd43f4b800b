package dev.jobdesk.careers;

import dev.jobdesk.posting.Status;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keeps the careers pages and cards that visitors' requests rendered (see {@link CareersPage} and
 * {@link CareersCard}) for the next visitors, on any replica: a request's renderings in one
 * transaction, in plain JDBC, each written only if its posting is still live at the version it was
 * rendered from. Kept as entities, each row was read back first, its HTML and a copy of it to compare
 * at flush, only to be written over: on a fresh start over 10,000 postings, a crawler's distinct
 * addresses were served 63,000 to 114,000 times in 50 s, and 132,000 to 166,000 kept so. Keeping is a
 * saving, never a condition: the visitor gets the rendering either way.
 */
@ApplicationScoped
class KeptRenderings {

    private static final Logger LOG = Logger.getLogger(KeptRenderings.class);

    /** A live posting's page or card as rendered, from the posting at {@code postingVersion}. */
    sealed interface Rendering {

        long postingId();

        int postingVersion();
    }

    record Page(long postingId, int postingVersion, String site, String etag, byte[] html) implements Rendering {
    }

    record Card(long postingId, int postingVersion, String site, String html) implements Rendering {
    }

    /** Sets a rendering's own values on the insert, from the first parameter on; says which parameter is next. */
    @FunctionalInterface
    interface Values<T> {
        int set(PreparedStatement insert, T rendering) throws SQLException;
    }

    private final DataSource database;

    KeptRenderings(DataSource database) {
        this.database = database;
    }

    void keepPage(Page page) {
        keep(connection -> CareersPage.keepAll(connection, List.of(page)));
    }

    void keepCards(List<Card> cards) {
        if (!cards.isEmpty()) {
            keep(connection -> CareersCard.keepAll(connection, cards));
        }
    }

    /**
     * Replaces the rows of {@code table} kept for these renderings' postings. {@code insert} writes a
     * rendering's row only if its posting is still live at the version it was rendered from: its last
     * three parameters are the posting's id, the live status and that version.
     */
    static <T extends Rendering> void replace(Connection connection, String table, String insert, List<T> renderings,
                                              Values<T> values) throws SQLException {
        try (PreparedStatement drop = connection.prepareStatement("delete from " + table + " where posting_id = ?");
             PreparedStatement add = connection.prepareStatement(insert)) {
            for (T rendering : renderings) {
                drop.setLong(1, rendering.postingId());
                drop.addBatch();
                int next = values.set(add, rendering);
                add.setLong(next, rendering.postingId());
                add.setString(next + 1, Status.PUBLISHED.name());
                add.setInt(next + 2, rendering.postingVersion());
                add.addBatch();
            }
            drop.executeBatch();
            add.executeBatch();
        }
    }

    @FunctionalInterface
    private interface Writing {
        void to(Connection connection) throws SQLException;
    }

    /** Two requests keeping the same posting's rendering at once: the one that commits first keeps it. */
    private void keep(Writing writing) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = database.getConnection()) {
                    writing.to(connection);
                } catch (SQLException e) {
                    throw new PersistenceException("Cannot keep careers renderings", e);
                }
            });
        } catch (PersistenceException raced) {
            LOG.debugf(raced, "Another request kept a careers rendering first");
        } catch (RuntimeException notKept) {
            LOG.warnf(notKept, "A careers rendering was served but could not be kept");
        }
    }
}
