package dev.jobdesk.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On an H2 file opened as the embedded default opens it, after the saves of visitors' kept careers pages. */
class EmbeddedCompactionTest {

    private static final int POSTINGS = 200;
    private static final int SAVES = 3_000;
    private static final int TEXTS = 2_000;

    @TempDir
    Path folder;
    private final JdbcDataSource database = new JdbcDataSource();
    private Connection open;

    @BeforeEach
    void keepPagesAgainAndAgain() throws SQLException {
        database.setURL("jdbc:h2:file:" + folder.resolve("jobdesk") + ";WRITE_DELAY=0");
        open = database.getConnection();
        execute("create table kept_page(posting_id int primary key, html varchar(20000))");
        for (int save = 0; save < SAVES; save++) {
            keepPage(save % POSTINGS, save);
        }
    }

    @Test
    void sparseChunksAreRewrittenIntoFewer() throws SQLException {
        afterTheRetentionTime();
        long chunksBefore = storeInfo("CHUNK_COUNT");
        assertThat(storeInfo("CHUNKS_FILL_RATE")).as("H2 leaves its chunks sparse").isLessThan(100);
        Map<Integer, String> pagesBefore = keptPages();

        passUntilNothingIsLeftToDo();
        keepPage(1, SAVES); // the next save drops the chunks that the passes emptied

        assertThat(storeInfo("CHUNK_COUNT")).isLessThan(chunksBefore / 4);
        assertThat(storeInfo("CHUNKS_FILL_RATE")).isGreaterThanOrEqualTo(EmbeddedCompaction.CHUNKS_FILL_PERCENT);
        assertThat(keptPages()).hasSize(POSTINGS).isEqualTo(pagesBefore);
    }

    @Test
    void theEndOfTheFileIsCutOffOnceItsChunksMovedForward() throws SQLException {
        // Postings' texts saved a hundred at a time land at the end of the file, behind what the pages
        // churned, in chunks too full to be rewritten.
        execute("create table posting_text(posting_id int primary key, text varchar(20000))");
        for (int first = 1; first <= TEXTS; first += 100) {
            execute("insert into posting_text select x, repeat('Backend developer. ', 1000) from system_range("
                    + first + ", " + (first + 99) + ")");
        }
        afterTheRetentionTime();
        long fileBefore = storeInfo("FILE_SIZE");
        assertThat(storeInfo("FILL_RATE")).as("H2 keeps the file it grew").isLessThan(100);
        Map<Integer, String> pagesBefore = keptPages();

        passUntilNothingIsLeftToDo();
        keepPage(1, SAVES); // the next save cuts off the end that the passes emptied

        assertThat(storeInfo("FILE_SIZE")).isLessThan(fileBefore / 4);
        assertThat(keptPages()).hasSize(POSTINGS).isEqualTo(pagesBefore);
        try (Statement query = open.createStatement();
             ResultSet texts = query.executeQuery("select count(*) from posting_text where length(text) = 19000")) {
            texts.next();
            assertThat(texts.getInt(1)).isEqualTo(TEXTS);
        }
    }

    @Test
    void movingRestsWhenItCannotPackTheFile() throws SQLException {
        // Saved in one statement, the texts make one chunk too big to move: the end of the file stays.
        execute("create table posting_text(posting_id int primary key, text varchar(20000))");
        execute("insert into posting_text select x, repeat('Backend developer. ', 1000) from system_range(1, " + TEXTS + ")");
        afterTheRetentionTime();
        long chunksBefore = storeInfo("CHUNK_COUNT");

        passUntilNothingIsLeftToDo();

        assertThat(storeInfo("CHUNK_COUNT")).isLessThan(chunksBefore);
    }

    @Test
    void aDatabaseInMemoryHasNoFileToCompact() throws SQLException {
        JdbcDataSource inMemory = new JdbcDataSource();
        inMemory.setURL("jdbc:h2:mem:compaction");
        try (Connection held = inMemory.getConnection()) {
            assertThat(new EmbeddedCompaction(inMemory).pass()).isFalse();
        }
    }

    /**
     * As if the 45 s had passed for which H2 keeps a chunk after its data died, and then a save came:
     * H2 drops such chunks as it commits.
     */
    private void afterTheRetentionTime() throws SQLException {
        execute("SET RETENTION_TIME 0");
        keepPage(1, SAVES);
    }

    private void passUntilNothingIsLeftToDo() throws SQLException {
        EmbeddedCompaction compaction = new EmbeddedCompaction(database);
        int passes = 0;
        while (compaction.pass()) {
            assertThat(++passes).as("passes until nothing is left to do").isLessThan(100);
        }
    }

    private void keepPage(int postingId, int save) throws SQLException {
        try (PreparedStatement drop = open.prepareStatement("delete from kept_page where posting_id = ?");
             PreparedStatement add = open.prepareStatement("insert into kept_page values (?, ?)")) {
            drop.setInt(1, postingId);
            drop.execute();
            add.setInt(1, postingId);
            add.setString(2, ("<p>Save " + save + "</p>").repeat(1_000));
            add.execute();
        }
    }

    private Map<Integer, String> keptPages() throws SQLException {
        Map<Integer, String> pages = new HashMap<>();
        try (Statement query = open.createStatement();
             ResultSet kept = query.executeQuery("select posting_id, html from kept_page")) {
            while (kept.next()) {
                pages.put(kept.getInt(1), kept.getString(2));
            }
        }
        return pages;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = open.createStatement()) {
            statement.execute(sql);
        }
    }

    private long storeInfo(String name) throws SQLException {
        try (PreparedStatement query = open.prepareStatement(
                "select setting_value from information_schema.settings where setting_name = ?")) {
            query.setString(1, "info." + name);
            try (ResultSet setting = query.executeQuery()) {
                setting.next();
                return Long.parseLong(setting.getString(1));
            }
        }
    }
}
