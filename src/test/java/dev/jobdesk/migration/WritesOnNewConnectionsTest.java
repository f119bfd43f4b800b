package dev.jobdesk.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every table with a check constraint still takes writes once the connection that ran the
 * migrations is gone. H2 2.4.240 tied a {@code CHECK (x IN (...))} to the session that created it:
 * a fresh embedded install answered 500 to every save once the pool retired that connection, about
 * ten minutes after its first start, and a restart hid it. Closing every pooled connection here
 * stands in for those ten minutes.
 */
@QuarkusTest
class WritesOnNewConnectionsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyCheckedTableTakesWritesAfterThePoolRenewsItsConnections() throws SQLException {
        dataSource.flush(AgroalDataSource.FlushMode.ALL);

        WebClient manager = WebClient.signedInAs("manager");
        WebClient lead = WebClient.signedInAs("lead");
        PostingSteps.approvedPosting(manager, lead, "Written on a new connection");
        long sentBack = PostingSteps.completeDraft(manager, "Sent back on a new connection");
        PostingSteps.submit(manager, sentBack, "Lena Lead").assertSeeOther();
        PostingSteps.requestChanges(lead, sentBack, "Name the on-call rota.").assertSeeOther();
        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/users").assertStatus(200);
        admin.post("/admin/users", "username", "reconnect-user", "displayName", "Rhea Reconnect",
                "email", "rhea@example.com", "roles", "LEAD", "password", "a-long-enough-password-7",
                "passwordAgain", "a-long-enough-password-7").assertSeeOther();
        String team = PostingSteps.team("Reconnected team");
        Page settings = admin.get("/admin/settings");
        admin.post("/admin/settings/second-approvals", "subject", settings.optionValue("subject", team),
                "approver", settings.optionValue("approver", "Luca Lead")).assertSeeOther();
        WebClient away = WebClient.anonymous().signIn("reconnect-user", "a-long-enough-password-7");
        Page account = away.get("/account");
        away.post("/account/delegate", "delegate", account.optionValue("delegate", "Luca Lead"),
                "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusDays(1).toString()).assertSeeOther();

        // The journey wrote most checked tables; rewriting a row of each, checked column included,
        // covers the rest (the template tables are written at start only) and any table added later.
        Map<String, String> checkedColumns = checkedColumns();
        assertThat(checkedColumns).as("tables with a check constraint")
                .containsKeys("posting", "posting_bullet", "review_decision", "user_role", "template_bullet", "template_level");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                checkedColumns.forEach((table, column) -> assertThat(rewrite(sql, table, column))
                        .as("rows of %s rewritten", table).isPositive());
            } finally {
                connection.rollback();
            }
        }
    }

    /** Each table with a constraint named {@code *_ck}, and one column such a constraint reads. */
    private Map<String, String> checkedColumns() throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet usage = sql.executeQuery("""
                     select u.table_name, u.column_name from information_schema.constraint_column_usage u
                     join information_schema.table_constraints c
                       on c.constraint_name = u.constraint_name and c.constraint_schema = u.constraint_schema
                     where c.constraint_type = 'CHECK' and lower(c.constraint_name) like '%\\_ck' escape '\\'
                       and lower(c.table_schema) = lower(current_schema)""")) {
            while (usage.next()) {
                columns.putIfAbsent(usage.getString(1).toLowerCase(Locale.ROOT), usage.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static int rewrite(Statement sql, String table, String column) {
        try {
            return sql.executeUpdate("update " + table + " set " + column + " = " + column);
        } catch (SQLException failed) {
            throw new AssertionError("writing " + table + " on a new connection", failed);
        }
    }
}
