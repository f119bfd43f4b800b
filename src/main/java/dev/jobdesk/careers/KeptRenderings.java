package dev.jobdesk.careers;

import dev.jobdesk.posting.Status;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keeps the careers pages and cards that visitors' requests rendered (see {@link CareersPage} and
 * {@link CareersCard}) after those requests are answered: one writer keeps all that waits, in one
 * transaction. Kept by each request, with a commit of its own, the first visits queued behind each
 * other's commits: a crawler's first pass over 10,000 postings was served 400 pages a second, a
 * tenth of the rate once they were kept. What waits is bounded in bytes; past that, a rendering is
 * let go and a later visitor renders it again, and what waits is short-lived: renderings held longer
 * than a young collection filled the old generation. A rendering is kept only if its posting is still
 * at the version it was rendered from. Keeping is a saving, never a condition.
 */
@ApplicationScoped
class KeptRenderings {

    /** What may wait to be kept, together: about a hundred pages. */
    static final long MAX_WAITING_BYTES = 2L * 1024 * 1024;

    /** The most kept in one transaction, so that each stays short. */
    static final int MAX_BATCH = 50;

    private static final Logger LOG = Logger.getLogger(KeptRenderings.class);

    /** A live posting's page or card as rendered, from the posting at {@code postingVersion}. */
    sealed interface Rendering {

        long postingId();

        int postingVersion();

        /** About what it weighs while it waits. */
        int bytes();
    }

    record Page(long postingId, int postingVersion, String site, String etag, byte[] html) implements Rendering {

        @Override
        public int bytes() {
            return html.length + 128;
        }
    }

    record Card(long postingId, int postingVersion, String site, String html) implements Rendering {

        @Override
        public int bytes() {
            return html.length() * 2 + 128;
        }
    }

    /** Sets a rendering's own values on the insert, from the first parameter on; says which parameter is next. */
    @FunctionalInterface
    interface Values<T> {
        int set(PreparedStatement insert, T rendering) throws SQLException;
    }

    private final Queue<Rendering> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicLong waitingBytes = new AtomicLong();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final DataSource database;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "careers-keeper");
        thread.setDaemon(true);
        return thread;
    });

    KeptRenderings(DataSource database) {
        this.database = database;
    }

    /** To be kept soon, unless too much already waits. */
    void keep(Rendering rendering) {
        int bytes = rendering.bytes();
        if (waitingBytes.addAndGet(bytes) > MAX_WAITING_BYTES) {
            waitingBytes.addAndGet(-bytes);
            return;
        }
        waiting.add(rendering);
        startWriting();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void startWriting() {
        if (!writing.compareAndSet(false, true)) {
            return; // The writer takes it with the rest.
        }
        try {
            writer.execute(this::writeWaiting);
        } catch (RejectedExecutionException stopping) {
            writing.set(false);
        }
    }

    private void writeWaiting() {
        try {
            List<Rendering> batch = new ArrayList<>();
            for (Rendering next; batch.size() < MAX_BATCH && (next = waiting.poll()) != null; ) {
                batch.add(next);
                waitingBytes.addAndGet(-next.bytes());
            }
            if (!batch.isEmpty()) {
                write(batch);
            }
        } finally {
            writing.set(false);
        }
        if (!waiting.isEmpty()) {
            startWriting();
        }
    }

    private void write(List<Rendering> batch) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = database.getConnection()) {
                    CareersPage.keepAll(connection, only(KeptRenderings.Page.class, batch));
                    CareersCard.keepAll(connection, only(KeptRenderings.Card.class, batch));
                } catch (SQLException e) {
                    throw new PersistenceException("Cannot keep careers renderings", e);
                }
            });
        } catch (PersistenceException raced) {
            LOG.debugf(raced, "Another replica kept some of %d careers renderings first", batch.size());
        } catch (RuntimeException notKept) {
            LOG.warnf(notKept, "%d careers renderings were served but could not be kept", batch.size());
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

    private static <T extends Rendering> List<T> only(Class<T> kind, List<Rendering> batch) {
        return batch.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
