package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Form;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No signed-in page reads row by row: however many comments, revisions, reviewers or postings it shows,
 * each of its statements runs once (a batch fetch once for every 16 rows). A statement that runs twice
 * for one page is a query in a loop. Counted by H2's own statistics, so on the embedded build only.
 * (The careers pages are left out: between publications they are answered from memory, no statement at all.)
 */
@QuarkusTest
class StatementsPerPageTest extends ManagerAndLead {

    /**
     * Hibernate's batch fetch: the lists of 16 rows at a time, so it runs again past 16 (the other tests
     * leave dozens of accounts and postings behind).
     */
    private static final Pattern BATCH = Pattern.compile("in \\((\\?,){15}\\?\\)");

    /** Statements of the background jobs, which may run while a page is read. */
    private static final Set<String> BACKGROUND_TABLES = Set.of("JOB_LEASE", "OUTBOX_MAIL", "INFORMATION_SCHEMA");

    @Inject
    DataSource database;

    private boolean onH2;

    @BeforeEach
    void countStatements() throws SQLException {
        try (Connection connection = database.getConnection()) {
            onH2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        }
        Assumptions.assumeTrue(onH2, "H2's statement statistics");
        execute("set query_statistics_max_entries 2000");
        execute("set query_statistics true");
    }

    /** The statistics are the database's, and the other tests share it: they run without them. */
    @AfterEach
    void stopCounting() throws SQLException {
        if (onH2) {
            execute("set query_statistics false");
        }
    }

    private void execute(String command) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(command);
        }
    }

    @Test
    void thePagesOfPostingsInTheirSecondReviewReadEachThingOnce() throws SQLException {
        long id = completeDraft(manager, "Counted Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        comment(id, "KPI", "Add an on-call KPI.");
        comment(id, "summary", "Mention the team size.");
        requestChanges(lead, id, "See my comments.").assertSeeOther();
        assertReadOnce(manager, "/postings/" + id + "/edit");
        resubmit(id, " You join a team of eight.");
        comment(id, "facts", "Say which office.");
        long besideIt = completeDraft(manager, "Counted Beside It");
        submit(manager, besideIt, "Lena Lead").assertSeeOther();
        requestChanges(lead, besideIt, "Shorter, please.").assertSeeOther();
        resubmit(besideIt, " Shorter.");
        completeDraft(manager, "Another Draft");

        assertReadOnce(manager, "/postings/" + id);
        assertReadOnce(lead, "/postings/" + id);
        assertReadOnce(manager, "/postings/" + id + "?history=all");
        assertReadOnce(lead, "/postings/" + id + "/compare?from=1&to=2");
        assertReadOnce(manager, "/postings");
        assertReadOnce(lead, "/reviews");
    }

    @Test
    void theOwnersPageOfADraftReadsTheLeadsOnce() throws SQLException {
        long id = completeDraft(manager, "Counted Draft");

        assertReadOnce(manager, "/postings/" + id);
    }

    @Test
    void aPostingsTextIsReadOncePerVersion() throws SQLException {
        long id = completeDraft(manager, "Counted Text");
        manager.get("/postings/" + id).assertStatus(200);

        Map<String, Long> before = executions();
        manager.get("/postings/" + id).assertStatus(200);
        manager.get("/postings/" + id + "/edit").assertStatus(200);
        assertThat(textListReads(before, executions())).as("the lists of a version read before").isZero();

        Map<String, Object> form = editForm(manager, id);
        form.put("roleSummary", form.get("roleSummary") + " Rewritten since.");
        save(manager, id, form).assertSeeOther();
        before = executions();
        assertThat(manager.get("/postings/" + id).text()).contains("Rewritten since.");
        assertThat(textListReads(before, executions())).as("the lists of the saved version").isPositive();
    }

    /** Statements that read a posting's lists: its sections, KPIs, FAQs and remote areas. */
    private static long textListReads(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(statement -> statement.getKey().toUpperCase().matches("(?s)SELECT.* FROM POSTING_(BULLET|KPI|FAQ|REMOTE_AREA) .*"))
                .mapToLong(statement -> statement.getValue() - before.getOrDefault(statement.getKey(), 0L))
                .sum();
    }

    @Test
    void theAdminsAndTheTemplatesPagesReadEachThingOnce() throws SQLException {
        completeDraft(manager, "Counted For The Admin");
        WebClient admin = WebClient.signedInAs("admin");

        assertReadOnce(admin, "/admin/users");
        assertReadOnce(admin, "/admin/teams");
        assertReadOnce(admin, "/admin/audit");
        assertReadOnce(admin, "/admin/settings");
        assertReadOnce(admin, "/templates");
        assertReadOnce(admin, "/templates/backend-developer");
        assertReadOnce(manager, "/account");
    }

    private void resubmit(long id, String addedToTheSummary) {
        Map<String, Object> form = editForm(manager, id);
        form.put("roleSummary", form.get("roleSummary") + addedToTheSummary);
        save(manager, id, form).assertSeeOther();
        submit(manager, id, "Lena Lead").assertSeeOther();
    }

    private void comment(long id, String section, String text) {
        lead.get("/postings/" + id).assertStatus(200);
        lead.post("/postings/" + id + "/comments", Form.of("section", section, "sectionText", text)).assertSeeOther();
    }

    /**
     * Reads the page three times: a background job may repeat a statement during one reading, but not
     * during all three.
     */
    private void assertReadOnce(WebClient user, String path) throws SQLException {
        user.get(path).assertStatus(200);
        Set<String> repeatedEveryTime = null;
        for (int reading = 0; reading < 3; reading++) {
            Map<String, Long> before = executions();
            user.get(path).assertStatus(200);
            Set<String> repeated = new HashSet<>();
            Map<String, Long> after = executions();
            assertThat(after).as("statements counted for " + path).isNotEqualTo(before);
            after.forEach((sql, count) -> {
                // A COMMIT ends a transaction; it reads nothing.
                if (count - before.getOrDefault(sql, 0L) > 1 && !sql.equals("COMMIT") && !BATCH.matcher(sql).find()) {
                    repeated.add(sql);
                }
            });
            if (repeatedEveryTime == null) {
                repeatedEveryTime = repeated;
            } else {
                repeatedEveryTime.retainAll(repeated);
            }
        }
        assertThat(repeatedEveryTime).as("statements run more than once for " + path).isEmpty();
    }

    private Map<String, Long> executions() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             // rand(): H2 would otherwise answer a repeated query from its last result while no table changed.
             ResultSet rows = statement.executeQuery(
                     "select sql_statement, execution_count from information_schema.query_statistics where rand() < 2")) {
            while (rows.next()) {
                String sql = rows.getString(1);
                if (BACKGROUND_TABLES.stream().noneMatch(sql.toUpperCase()::contains)) {
                    counts.put(sql, rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
