package dev.jobdesk.audit;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.Role;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.People;
import dev.jobdesk.support.Templates;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin's audit trail: every step of every posting and every change to templates and accounts,
 * filtered by who, what and when, and exported as CSV.
 */
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
    void theTrailHasEveryChangeToTemplatesAndAccountsBesideThePostings() {
        String slug = Templates.copyOfBackend(admin, "Audited template");
        Map<String, Object> form = Templates.editorForm(admin, slug);
        form.put("changeNote", "Audited change");
        admin.post("/templates/" + slug, form).assertSeeOther();
        admin.get("/templates/" + slug);
        admin.post("/templates/" + slug + "/retire").assertSeeOther();
        long person = People.account("audited-person", "Audited Person", Role.MANAGER);
        admin.get("/admin/users/" + person);
        admin.post("/admin/users/" + person, "displayName", "Audited Person Renamed", "roles", "MANAGER")
                .assertSeeOther();
        admin.post("/admin/users/" + person + "/disable").assertSeeOther();

        List<String> rows = admin.get("/admin/audit?who=" + adminId()).document().select("tbody tr").eachText();
        assertThat(rows.get(0)).contains("Ada Admin", "Account disabled", "Audited Person Renamed (audited-person)");
        assertThat(rows.get(1)).contains("Name or roles changed",
                "From Audited Person (Hiring manager) to Audited Person Renamed (Hiring manager).");
        assertThat(rows.get(2)).contains("Template retired", "template");
        assertThat(rows.get(3)).contains("Template version saved", "Version 2: Audited change");
        assertThat(rows.get(4)).contains("Template added", "Version 1: Copied from Backend Developer");
        Page versions = admin.get("/admin/audit?what=TEMPLATE_VERSION_SAVED");
        assertThat(versions.document().select("tbody tr").eachText()).allMatch(row -> row.contains("Template version saved"));
        assertThat(versions.document().select("tbody tr a").eachAttr("href")).contains("/templates/" + slug);
        assertThat(admin.get("/admin/audit?what=SUBMITTED").document().select("tbody tr").eachText())
                .noneMatch(row -> row.contains("Template"));
        assertThat(admin.get("/admin/audit.csv?what=ACCOUNT_DISABLED").response().asString())
                .contains("Account disabled,Audited Person Renamed (audited-person),/admin/users/" + person);
    }

    private long adminId() {
        return Long.parseLong(admin.get("/admin/audit").document().select("#who option:contains(Ada Admin)").val());
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
        assertThat(lines[0]).isEqualTo("time,who,step,on,address,from status,to status,detail");
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
