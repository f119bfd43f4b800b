package dev.jobdesk.audit;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin's audit trail: every step of every posting, filtered by who, what and when, and exported as CSV. */
@QuarkusTest
class AuditTrailTest extends ManagerAndLead {

    private WebClient admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = WebClient.signedInAs("admin");
    }

    @Test
    void theTrailShowsEveryStepNewestFirstAndNarrowsByWhoWhatAndWhen() {
        long id = completeDraft(manager, "Audited Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        requestChanges(lead, id, "Name the on-call rota.").assertSeeOther();

        Page all = admin.get("/admin/audit").assertStatus(200);
        List<String> rows = all.document().select("tbody tr").eachText();
        assertThat(rows.get(0)).contains("Lena Lead", "Changes requested", "Audited Engineer", "Name the on-call rota.");
        assertThat(rows).anyMatch(row -> row.contains("Maya Manager") && row.contains("Submitted for approval"));

        String lena = all.optionValue("who", "Lena Lead");
        assertThat(admin.get("/admin/audit?who=" + lena).document().select("tbody tr").eachText())
                .isNotEmpty().allMatch(row -> row.contains("Lena Lead"));
        assertThat(admin.get("/admin/audit?what=SUBMITTED").document().select("tbody tr").eachText())
                .isNotEmpty().allMatch(row -> row.contains("Submitted for approval"));
        String today = LocalDate.now().toString();
        assertThat(admin.get("/admin/audit?from=" + today + "&to=" + today).text()).contains("Audited Engineer");
        String tomorrow = LocalDate.now().plusDays(2).toString();
        assertThat(admin.get("/admin/audit?from=" + tomorrow).text()).contains("No step matches this filter.");
    }

    @Test
    void aFilterThatCannotBeReadSaysWhyAndIsIgnored() {
        Page refused = admin.get("/admin/audit?what=EXPLODED&from=yesterday&who=nobody").assertStatus(400);
        assertThat(refused.text()).contains("Choose one of the steps offered.", "Enter a day as 2026-12-24.",
                "Choose one of the people offered.");
        assertThat(refused.document().select("tbody tr")).isNotEmpty();
        assertThat(admin.get("/admin/audit?from=2026-12-24&to=2026-12-01").assertStatus(400).text())
                .contains("The last day comes on or after the first.");
    }

    @Test
    void theCsvExportHasEveryFilteredStepWithFormulasNeutralised() {
        long id = completeDraft(manager, "Exported Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        requestChanges(lead, id, "=HYPERLINK(\"https://attacker.example\",\"click\")").assertSeeOther();

        var csv = admin.get("/admin/audit.csv?what=CHANGES_REQUESTED").response();
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", "jobdesk-audit.csv");
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines[0]).isEqualTo("time,who,step,posting id,posting,from status,to status,detail");
        assertThat(lines).anyMatch(line -> line.contains("Exported Engineer")
                && line.endsWith(",\"'=HYPERLINK(\"\"https://attacker.example\"\",\"\"click\"\")\""));
        assertThat(List.of(lines).subList(1, lines.length)).allMatch(line -> line.contains("Changes requested"));
    }

    @Test
    void cellsAFormulaCouldStartAreNeutralisedAndQuotedAsCsvNeeds() {
        assertThat(AuditCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(AuditCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
        assertThat(AuditCsv.cell("")).isEmpty();
    }
}
