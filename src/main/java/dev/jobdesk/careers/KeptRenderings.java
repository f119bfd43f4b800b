package dev.jobdesk.careers;

import dev.jobdesk.posting.Status;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keeps the careers pages and cards that visitors' requests rendered (see {@link CareersPage} and
 * {@link CareersCard}) for the next visitors, on any replica, in plain JDBC, each written only if its
 * posting is still live at the version it was rendered from. Kept as entities, each row was read
 * back first, its HTML and a copy of it to compare at flush, only to be written over: on a fresh
 * start over 10,000 postings, a crawler's distinct addresses were served 63,000 to 114,000 times in
 * 50 s, and 132,000 to 166,000 kept so.
 * <p>
 * Written behind the requests, by one writer that gathers what requests rendered for a moment and
 * keeps it in transactions of at most {@link #BATCH_BYTES}, the newest rendering of each posting:
 * with {@code WRITE_DELAY=0} each transaction is a chunk of the embedded database's file. A
 * transaction per request made a crawler's first pass over 100,000 postings write 50,000 chunks,
 * whose descriptions H2 holds on the heap (about 15 MB of 112), and made each request wait for its
 * write. Bigger transactions are no better: H2 serializes a chunk into one heap buffer, and with the
 * heap nearly full under the list's load, a 7 MB one could not be had; H2 then closes the database.
 * Keeping is a saving, never a condition: the visitor gets the rendering either way, and what waits
 * past {@link #MAX_WAITING_BYTES} or at shutdown is rendered again by a later visitor.
 */
@ApplicationScoped
class KeptRenderings {

    private static final Logger LOG = Logger.getLogger(KeptRenderings.class);

    /** What may wait to be written: about 200 pages or 8,000 cards. */
    static final long MAX_WAITING_BYTES = 4L * 1024 * 1024;

    /** What one transaction keeps at most: about 15 pages or 500 cards. */
    static final int BATCH_BYTES = 256 * 1024;

    /** How long the writer gathers renderings before it writes them: a first pass renders hundreds in it. */
    static final Duration GATHERING = Duration.ofMillis(100);

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

    /** {@code html}: UTF-8. */
    record Card(long postingId, int postingVersion, String site, byte[] html) implements Rendering {

        @Override
        public int bytes() {
            return html.length + 128;
        }
    }

    /** Sets a rendering's own values on the insert, from the first parameter on; says which parameter is next. */
    @FunctionalInterface
    interface Values<T> {
        int set(PreparedStatement insert, T rendering) throws SQLException;
    }

    private final DataSource database;
    private final Queue<Rendering> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicLong waitingBytes = new AtomicLong();
    /** Set while the writer has been asked to run and has not started taking what waits. */
    private final AtomicBoolean writerAsked = new AtomicBoolean();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "careers-renderings-writer");
        thread.setDaemon(true);
        return thread;
    });

    KeptRenderings(DataSource database) {
        this.database = database;
    }

    void keepPage(Page page) {
        keepLater(List.of(page));
    }

    void keepCards(List<Card> cards) {
        keepLater(cards);
    }

    private void keepLater(List<? extends Rendering> renderings) {
        for (Rendering rendering : renderings) {
            if (waitingBytes.addAndGet(rendering.bytes()) > MAX_WAITING_BYTES) {
                waitingBytes.addAndGet(-rendering.bytes());
                break;
            }
            waiting.add(rendering);
        }
        if (!renderings.isEmpty() && writerAsked.compareAndSet(false, true)) {
            writer.schedule(this::writeWaiting, GATHERING.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Writes all that waits, a {@link #BATCH_BYTES} at a time. Once it returns, what was waiting when
     * it was called is written (the tests call it so).
     */
    synchronized void writeWaiting() {
        writerAsked.set(false);
        while (!waiting.isEmpty()) {
            writeBatch();
        }
    }

    /** One transaction's worth of what waits: for each posting the rendering of its newest version. */
    private void writeBatch() {
        Map<Long, Page> pages = new HashMap<>();
        Map<Long, Card> cards = new HashMap<>();
        int batchBytes = 0;
        for (Rendering next = waiting.poll(); next != null; next = batchBytes < BATCH_BYTES ? waiting.poll() : null) {
            batchBytes += next.bytes();
            waitingBytes.addAndGet(-next.bytes());
            if (next instanceof Page page) {
                pages.merge(page.postingId(), page, KeptRenderings::newer);
            } else if (next instanceof Card card) {
                cards.merge(card.postingId(), card, KeptRenderings::newer);
            }
        }
        if (!keep(List.copyOf(pages.values()), List.copyOf(cards.values()))) {
            // Another replica kept one of them first: each of the others on its own.
            pages.values().forEach(page -> keep(List.of(page), List.of()));
            cards.values().forEach(card -> keep(List.of(), List.of(card)));
        }
    }

    /**
     * Lets a batch being written finish, never interrupts it: an interrupt during its file I/O closes
     * H2's file, and the database with it. What still waits is not kept. On the shutdown event, which
     * comes before any bean is destroyed: as a bean's own destruction it could come after the
     * connection pool's, and the batch in hand failed on a closed database.
     */
    void stopWriting(@Observes ShutdownEvent shutdown) throws InterruptedException {
        waiting.clear();
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static <T extends Rendering> T newer(T one, T other) {
        return other.postingVersion() >= one.postingVersion() ? other : one;
    }

    /**
     * Replaces the rows of {@code table} kept for these renderings' postings. {@code insert} writes a
     * rendering's row only if its posting is still live at the version it was rendered from: its last
     * three parameters are the posting's id, the live status and that version.
     */
    static <T extends Rendering> void replace(Connection connection, String table, String insert, List<T> renderings,
                                              Values<T> values) throws SQLException {
        if (renderings.isEmpty()) {
            return;
        }
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

    /** Says whether they were kept: two replicas keeping the same posting's rendering at once, the first to commit does. */
    private boolean keep(List<Page> pages, List<Card> cards) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = database.getConnection()) {
                    CareersPage.keepAll(connection, pages);
                    CareersCard.keepAll(connection, cards);
                } catch (SQLException e) {
                    throw new PersistenceException("Cannot keep careers renderings", e);
                }
            });
            return true;
        } catch (PersistenceException raced) {
            LOG.debugf(raced, "Another replica kept a careers rendering first");
        } catch (RuntimeException notKept) {
            LOG.warnf(notKept, "Careers renderings were served but could not be kept");
        }
        return false;
    }
}
