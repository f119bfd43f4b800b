package dev.jobdesk.embedded;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.jboss.logging.Logger;

/**
 * Compacts the embedded default's H2 file while the app runs, as H2's own background writer would.
 * H2 starts that writer only with a write delay; the embedded default has none ({@code WRITE_DELAY=0},
 * so that a killed process loses no acknowledged save), and without it every commit leaves a chunk
 * behind that stays in the file and in memory as long as any of its data is live. Kept careers pages
 * are written often, so the file grew from 1.5 to 5.8 GB at 100,000 postings, H2 held 63,578 chunks
 * on the heap, and the one compaction left, at shutdown, ran out of memory and left a file H2 would
 * not open again. Each pass does a bounded share of the work, under H2's own locks, so that saves go
 * on meanwhile: it rewrites the live data of the emptiest chunks into a new one, then moves chunks
 * towards the start of the file so that its end can be cut off. A database in memory has no file,
 * and a pass leaves it alone; so does a pass while the heap is nearly full.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
public class EmbeddedCompaction {

    /** H2's own targets for a busy database: chunks at least this full... */
    static final int CHUNKS_FILL_PERCENT = 80;
    /** ...and a file at least this full of chunks. */
    private static final int FILE_FILL_PERCENT = 90;
    /**
     * H2 writes what a pass rewrites in one buffer, and reads each chunk it moves whole: allocations it
     * cannot survive failing (it closes the database). At 100,000 postings, with the heap full, an
     * 8 MB rewrite did fail. So a pass does its work in these shares, and only while the heap has room.
     */
    private static final int REWRITE_BYTES_PER_PASS = 4 << 20;
    private static final int MOVE_BYTES_PER_PASS = 32 << 20;
    private static final int MOVES_WITHOUT_PROGRESS_LIMIT = 60;
    /**
     * Above this share of the heap still live after the last collection, a pass waits: below it, the
     * run command's 112 MB heap has room for the largest chunk a move reads.
     */
    private static final int HEAP_LIVE_PERCENT_LIMIT = 70;
    private static final Logger LOG = Logger.getLogger(EmbeddedCompaction.class);

    private final DataSource database;
    /** Passes never overlap (the schedule skips a pass while one runs), so this needs no lock. */
    private long fileSizeWhenMovingStalled;
    private int movesWithoutProgress;

    EmbeddedCompaction(DataSource database) {
        this.database = database;
    }

    @Scheduled(every = "1s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compactALittle() {
        try {
            pass();
        } catch (SQLException | RuntimeException notNow) {
            // The store closing under a pass at shutdown, for one; the next pass tries again.
            LOG.debugf(notNow, "A compaction pass of the embedded database did not finish");
        }
    }

    /** One bounded share of the work; says whether there was any to do now. */
    boolean pass() throws SQLException {
        try (Connection connection = database.getConnection()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore();
            FileStore<?> file = store.getFileStore();
            if (file == null || store.isClosed() || heapLivePercent() > HEAP_LIVE_PERCENT_LIMIT) {
                return false;
            }
            boolean chunksWereSparse = rewriteSparseChunks(store, file);
            boolean fileWasSparse = moveChunksForward(store, file);
            return chunksWereSparse || fileWasSparse;
        }
    }

    /** How much of the heap the last collections left in use: live data, not the garbage since. */
    private static int heapLivePercent() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterCollection != null) {
                live += afterCollection.getUsed();
            }
        }
        return (int) (100 * live / Runtime.getRuntime().maxMemory());
    }

    private static boolean rewriteSparseChunks(MVStore store, FileStore<?> file) {
        if (rewritableChunksFillRate(file) >= CHUNKS_FILL_PERCENT) {
            return false;
        }
        if (store.compact(CHUNKS_FILL_PERCENT, REWRITE_BYTES_PER_PASS)) {
            // The rewritten pages reach the file with the next commit: this one, if no save comes first.
            store.commit();
        }
        return true;
    }

    /**
     * How full the chunks are that may be rewritten now, in percent. Not all of them: H2 keeps a chunk
     * 45 s after its data died (the retention time), and moving chunks leaves such chunks behind.
     * Counted in, they would have every pass rewrite full chunks for nothing. H2 says this figure only
     * in its settings (as INFORMATION_SCHEMA.SETTINGS shows them).
     */
    private static int rewritableChunksFillRate(FileStore<?> file) {
        int[] fillRate = {100};
        file.populateInfo((name, value) -> {
            if (name.equals("info.CHUNKS_FILL_RATE_RW")) {
                fillRate[0] = Integer.parseInt(value);
            }
        });
        return fillRate[0];
    }

    /**
     * Moves chunks forward while that packs the file tighter. Each move also stores a chunk of its own,
     * so moving on without progress, as in front of a chunk too big to move, only adds chunks: after
     * {@value #MOVES_WITHOUT_PROGRESS_LIMIT} such moves in a row, it rests until the file has grown.
     * (Some moves make room for the next without packing the file yet.)
     */
    private boolean moveChunksForward(MVStore store, FileStore<?> file) {
        if (!(file instanceof RandomAccessStore movable) || movable.getFillRate() >= FILE_FILL_PERCENT
                || movable.size() <= fileSizeWhenMovingStalled) {
            return false;
        }
        int fillBefore = movable.getFillRate();
        movable.compactMoveChunks(FILE_FILL_PERCENT, MOVE_BYTES_PER_PASS, store);
        movesWithoutProgress = movable.getFillRate() > fillBefore ? 0 : movesWithoutProgress + 1;
        if (movesWithoutProgress == MOVES_WITHOUT_PROGRESS_LIMIT) {
            movesWithoutProgress = 0;
            fileSizeWhenMovingStalled = movable.size();
        }
        return true;
    }
}
