package dev.jobdesk.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.jobdesk.catalog.Section;
import dev.jobdesk.posting.CanonicalContent;
import dev.jobdesk.posting.PostingContent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every migration, applied to a database holding what the earlier versions wrote: nothing that was
 * there is lost or altered, and what the previous version writes still works on the new schema (its
 * replicas keep running during a rolling update). One schema goes through them all in turn, as a
 * long-lived installation does (the other tests here take a schema to one migration), on the
 * database of the build under test (H2 or PostgreSQL).
 *
 * <p>{@code src/test/resources/db/previous-versions/V<n>__data.sql} holds what a Jobdesk on schema
 * V{@code n} writes beyond the version before it; a new migration needs a data file of its own.
 */
@QuarkusTest
class MigrationTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path DATA = Path.of("src/test/resources/db/previous-versions");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Inject
    DataSource dataSource;

    /**
     * One database taken through every migration in turn, as an installation that has run since V1
     * is: before each, it holds what every earlier version wrote, the one just before included.
     */
    @Test
    void everyMigrationKeepsWhatEarlierVersionsWroteAndTheVersionBeforeCanStillWrite() throws SQLException {
        List<Integer> versions = versions();
        try (Connection connection = dataSource.getConnection()) {
            String schema = asStored(connection, "migration_chain");
            recreate(connection, schema);
            migrate(schema, versions.get(0));
            connection.setSchema(schema);
            writeAsVersion(connection, versions.get(0), "v" + versions.get(0));
            for (int version : versions.subList(1, versions.size())) {
                int previous = version - 1;
                Map<String, List<String>> before = contents(connection, schema);
                assertThat(before).as("what V%d and the versions before wrote fills every table", previous)
                        .allSatisfy((table, rows) -> assertThat(rows).as(table).hasSizeGreaterThan(1));

                migrate(schema, version);
                assertThat(contents(connection, schema, before)).as("what V%d and the versions before wrote, after V%d",
                        previous, version).isEqualTo(before);
                assertThatCode(() -> writeAsVersion(connection, previous, "v" + version + "-old"))
                        .as("a replica still on V%d writes to the V%d schema", previous, version).doesNotThrowAnyException();
                assertThatCode(() -> writeAsVersion(connection, version, "v" + version))
                        .as("V%d writes its own data", version).doesNotThrowAnyException();
            }
            connection.setSchema(defaultSchema(connection));
            drop(connection, schema);
        }
    }

    @Test
    void theStructuredLocationTakesTheCountryOutOfAFreeTextLocation() throws SQLException {
        Map<String, String[]> cases = Map.of(
                "Lisbon, Portugal", new String[] {"Lisbon", "PT"},
                " Portugal ", new String[] {null, "PT"},
                "Austin, Texas, USA", new String[] {"Austin, Texas", "US"},
                "Remote (EU)", new String[] {"Remote (EU)", null});
        try (Connection connection = dataSource.getConnection()) {
            String schema = asStored(connection, "migration_location");
            recreate(connection, schema);
            migrate(schema, 8);
            connection.setSchema(schema);
            int run = 0;
            for (String typed : cases.keySet()) {
                writeAsVersion(connection, 8, "place" + run);
                try (PreparedStatement update = connection.prepareStatement("update posting set location = ? where slug = ?")) {
                    update.setString(1, typed);
                    update.setString(2, "old-posting-place" + run++);
                    update.executeUpdate();
                }
            }
            migrate(schema, 9);
            run = 0;
            for (Map.Entry<String, String[]> place : cases.entrySet()) {
                try (PreparedStatement read = connection.prepareStatement("select location, country from posting where slug = ?")) {
                    read.setString(1, "old-posting-place" + run++);
                    try (ResultSet row = read.executeQuery()) {
                        assertThat(row.next()).isTrue();
                        assertThat(new String[] {row.getString(1), row.getString(2)}).as(place.getKey())
                                .containsExactly(place.getValue());
                    }
                }
            }
            connection.setSchema(defaultSchema(connection));
            drop(connection, schema);
        }
    }

    @Test
    void spellingsOfOneTeamBecomeOneTeamThatEveryPostingOfItNames() throws SQLException {
        List<String> typed = List.of("Platform", "platform ", " PLATFORM  ", "Data  Science", "data science", "Payments");
        try (Connection connection = dataSource.getConnection()) {
            String schema = asStored(connection, "migration_teams");
            recreate(connection, schema);
            migrate(schema, 15);
            connection.setSchema(schema);
            for (int run = 0; run < typed.size(); run++) {
                writeAsVersion(connection, 15, "team" + run);
                try (PreparedStatement update = connection.prepareStatement("update posting set team = ? where slug = ?")) {
                    update.setString(1, typed.get(run));
                    update.setString(2, "old-posting-team" + run);
                    update.executeUpdate();
                }
            }
            migrate(schema, 16);
            Map<String, String> teamOfPosting = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         select p.slug, p.team, t.name from posting p join team t on t.id = p.team_id""")) {
                while (rows.next()) {
                    assertThat(rows.getString(2)).as("the name kept beside the team").isEqualTo(rows.getString(3));
                    teamOfPosting.put(rows.getString(1), rows.getString(3));
                }
            }
            assertThat(teamOfPosting).hasSize(typed.size());
            assertThat(Set.copyOf(teamOfPosting.values())).hasSize(3);
            assertThat(teamOfPosting.get("old-posting-team1")).isEqualTo(teamOfPosting.get("old-posting-team0"))
                    .isEqualTo(teamOfPosting.get("old-posting-team2")).isEqualToIgnoringCase("platform");
            assertThat(teamOfPosting.get("old-posting-team3")).isEqualTo(teamOfPosting.get("old-posting-team4"))
                    .isEqualToIgnoringCase("data science");
            assertThat(teamOfPosting.get("old-posting-team5")).isEqualTo("Payments");
            connection.setSchema(defaultSchema(connection));
            drop(connection, schema);
        }
    }

    /**
     * The benchmark's postings load into the newest schema, each with a live revision the careers page
     * can read. 200 of them, through the range the benchmark itself rewrites to load more: all
     * 10,000 took half a minute of the suite.
     */
    @Test
    void theBenchmarksDataLoadsIntoTheNewestSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Assumptions.assumeTrue("H2".equals(connection.getMetaData().getDatabaseProductName()),
                    "the benchmark's data is written for the embedded default");
            String schema = asStored(connection, "migration_bench");
            String app = defaultSchema(connection);
            recreate(connection, schema);
            migrate(schema, versions().get(versions().size() - 1));
            connection.setSchema(schema);
            try (Statement sql = connection.createStatement()) {
                // The demo accounts and the shipped template, as the app wrote them at its start.
                for (String table : List.of("user_account", "user_role", "job_template", "template_bullet", "template_level",
                        "template_level_bullet", "template_level_text", "template_kpi", "template_faq")) {
                    sql.execute("insert into " + table + " select * from " + app + "." + table);
                }
                sql.execute("runscript from '" + benchmarkScript(1, 200) + "'");
                assertThat(count(sql, "select count(*) from posting where status = 'PUBLISHED' and live_revision_id is not null"))
                        .isEqualTo(200);
                try (ResultSet revision = sql.executeQuery("""
                        select r.content_form, r.content from posting p join posting_revision r on r.id = p.live_revision_id
                        where p.slug = 'bench-backend-developer-42'""")) {
                    assertThat(revision.next()).isTrue();
                    PostingContent content = CanonicalContent.read(revision.getInt(1), revision.getString(2));
                    assertThat(content.title()).isEqualTo("Backend Developer 42");
                    assertThat(content.team()).isEqualTo("Team 17");
                    assertThat(content.bullets().get(Section.MUST_HAVE)).isNotEmpty();
                    assertThat(content.kpis()).isNotEmpty();
                    assertThat(content.salary().min).isEqualTo(70_000);
                }
            }
            connection.setSchema(app);
            drop(connection, schema);
        }
    }

    /** The benchmark's data script for the postings numbered {@code from} to {@code to}, as benchmark.sh rewrites it. */
    private static Path benchmarkScript(int from, int to) {
        try {
            String script = Files.readString(Path.of("src/bench/postings-10k.sql"));
            assertThat(script).as("the range benchmark.sh rewrites").contains("system_range(1, 10000)");
            Path part = Files.createTempFile("postings-", ".sql");
            part.toFile().deleteOnExit();
            return Files.writeString(part, script.replace("system_range(1, 10000)", "system_range(" + from + ", " + to + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void everyMigrationHasDataWrittenAsItsVersion() {
        for (int version : versions()) {
            assertThat(DATA.resolve("V" + version + "__data.sql")).as("data for V%d", version).exists();
        }
    }

    private void migrate(String schema, int target) {
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(false)
                .locations("filesystem:" + MIGRATIONS).target(String.valueOf(target)).load().migrate();
    }

    /** Everything the versions up to {@code version} write, each name suffixed with {@code run}. */
    private static void writeAsVersion(Connection connection, int version, String run) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int each = 1; each <= version; each++) {
                for (String sql : statements(DATA.resolve("V" + each + "__data.sql"))) {
                    statement.execute(sql.replace("{run}", run));
                }
            }
        }
    }

    /** Every row of every table, as text, ordered, over the columns the tables have now. */
    private static Map<String, List<String>> contents(Connection connection, String schema) throws SQLException {
        return contents(connection, schema, null);
    }

    /** As {@link #contents(Connection, String)}, over only the tables and columns {@code earlier} saw. */
    private static Map<String, List<String>> contents(Connection connection, String schema,
                                                      Map<String, List<String>> earlier) throws SQLException {
        Map<String, List<String>> contents = new TreeMap<>();
        for (Map.Entry<String, List<String>> table : columns(connection, schema).entrySet()) {
            if (table.getKey().startsWith("flyway") || earlier != null && !earlier.containsKey(table.getKey())) {
                continue;
            }
            List<String> columns = earlier == null ? table.getValue() : header(earlier.get(table.getKey()));
            List<String> rows = new ArrayList<>();
            rows.add(String.join(",", columns));
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select " + String.join(", ", columns) + " from "
                         + table.getKey())) {
                List<String> body = new ArrayList<>();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= columns.size(); column++) {
                        row.append(result.getString(column)).append('|');
                    }
                    body.add(row.toString());
                }
                body.sort(null);
                rows.addAll(body);
            }
            contents.put(table.getKey(), rows);
        }
        return contents;
    }

    private static List<String> header(List<String> rows) {
        return List.of(rows.get(0).split(","));
    }

    private static Map<String, List<String>> columns(Connection connection, String schema) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (ResultSet result = connection.getMetaData().getColumns(null, schema, "%", "%")) {
            while (result.next()) {
                columns.computeIfAbsent(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT), table -> new ArrayList<>())
                        .add(result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        columns.values().forEach(list -> list.sort(null));
        return columns;
    }

    private static void recreate(Connection connection, String schema) throws SQLException {
        drop(connection, schema);
        try (Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
    }

    private static void drop(Connection connection, String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static String defaultSchema(Connection connection) throws SQLException {
        return asStored(connection, "public");
    }

    /** An unquoted name as the database keeps it: H2 in upper case, PostgreSQL in lower case. */
    private static String asStored(Connection connection, String name) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static List<Integer> versions() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(file -> VERSION.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .map(match -> Integer.parseInt(match.group(1))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a data file: comments dropped, split at the semicolons that end lines. */
    private static List<String> statements(Path file) {
        try {
            String sql = Files.readString(file).replaceAll("(?m)^--.*$", "");
            return Stream.of(sql.split(";\\s*(\\n|$)")).map(String::strip).filter(text -> !text.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
