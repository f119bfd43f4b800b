package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.cloneDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.list;
import static dev.jobdesk.support.PostingSteps.save;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invalid input comes back as the form, with what was typed and a message beside the field. */
@QuarkusTest
class ValidationTest {

    private WebClient manager;
    private long id;
    private Map<String, Object> form;

    @BeforeEach
    void draft() {
        manager = WebClient.signedInAs("manager");
        id = cloneDraft(manager);
        form = editForm(manager, id);
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            title          |                          | This field is required.
            experience     |                          | This field is required.
            roleSummary    |                          | This field is required.
            salaryMin      | eighty thousand          | Use a whole number without separators, e.g. 85000.
            salaryMax      | 1e6                      | Use a whole number without separators, e.g. 85000.
            closingDate    | 31/03/2099               | Use a date like 2027-03-31.
            closingDate    | 2001-01-01               | The closing date has passed: choose today or a later day.
            closingDate    | +99999-12-31             | Use a date like 2027-03-31.
            closingDate    | 2999-01-01               | Choose a closing date within two years from today.
            howToApply     | javascript:alert(1)      | Give a web address starting with https://, or an email address.
            howToApply     | call us                  | Give a web address starting with https://, or an email address.
            howToApply     | mailto:jobs@example.com?bcc=all@example.com | Give a web address starting with https://, or an email address.
            howToApply     | mailto:mailto:jobs@example.com | Give a web address starting with https://, or an email address.
            howToApply     | jobs@example.com?bcc=all@example.com | Give a web address starting with https://, or an email address.
            howToApply     | http://jobs.example.com/apply | Give a web address starting with https://, or an email address.
            howToApply     | https://user:secret@jobs.example.com/ | Give a web address starting with https://, or an email address.
            workplaceType  | MOON                     | Choose one of the options.
            employmentType | FOREVER                  | Choose one of the options.
            seniority      | PRINCIPAL                | Choose one of the options.
            """)
    void anInvalidFieldComesBackWithWhatWasTypedAndAMessage(String field, String typed, String message) {
        String value = typed == null ? "" : typed;
        form.put(field, value);
        form.put("reportsTo", "Kept as typed");
        Page page = save(manager, id, form).assertStatus(400);
        assertThat(page.html()).contains("id=\"" + field + "-error\"");
        assertThat(page.text()).contains(message, "Nothing was saved.");
        assertThat(page.fieldValue("reportsTo")).isEqualTo("Kept as typed");
        if (!field.endsWith("Type") && !field.equals("seniority")) {
            assertThat(page.fieldValue(field)).isEqualTo(value);
        }
    }

    @Test
    void invisibleAndDirectionControlCharactersAreDroppedFromWhatIsSaved() {
        form.put("title", "Backend\u202E reganaM\u202C Engineer\u200B\u2066\uFEFF");
        form.put("reportsTo", "The C\u200DTO\u0007");
        form.put("roleSummary", "First line.\r\nSecond\u200E line.");
        save(manager, id, form).assertSeeOther();
        Page saved = manager.get("/postings/" + id + "/edit");
        assertThat(saved.fieldValue("title")).isEqualTo("Backend reganaM Engineer");
        assertThat(saved.fieldValue("reportsTo")).isEqualTo("The CTO");
        assertThat(saved.fieldValue("roleSummary")).isEqualTo("First line.\nSecond line.");
    }

    @Test
    void aTitleLongerThanTheLimitIsRefusedAndKept() {
        String longTitle = "T".repeat(PostingContent.MAX_TITLE + 1);
        form.put("title", longTitle);
        Page page = save(manager, id, form).assertStatus(400);
        assertThat(page.text()).contains("Use at most 120 characters (this has 121).");
        assertThat(page.fieldValue("title")).isEqualTo(longTitle);
    }

    @Test
    void theSalaryRangeMustBeInOrderWithACurrencyAndPeriod() {
        form.put("salaryMin", "90000");
        form.put("salaryMax", "80000");
        form.put("salaryCurrency", "");
        form.put("salaryPeriod", "");
        Page page = save(manager, id, form).assertStatus(400);
        assertThat(page.text()).contains("The maximum must be at least the minimum.", "Choose the currency of the salary.");
        assertThat(page.html()).contains("id=\"salaryPeriod-error\"");
        assertThat(page.fieldValue("salaryMin")).isEqualTo("90000");
        assertThat(page.fieldValue("salaryMax")).isEqualTo("80000");
    }

    @Test
    void halfASalaryRangeIsRefused() {
        form.put("salaryMin", "50000");
        form.put("salaryMax", "");
        assertThat(save(manager, id, form).assertStatus(400).text()).contains("Give both ends of the range, or neither.");
    }

    @Test
    void aTooLongBulletAndATargetWithoutMetricAreFlaggedOnTheirRows() {
        List<String> tools = list(form, "TOOL");
        tools.set(1, "x".repeat(1001));
        form.put("TOOL", tools);
        List<String> metrics = list(form, "kpiMetric");
        List<String> targets = list(form, "kpiTarget");
        metrics.set(metrics.size() - 1, "");
        targets.set(targets.size() - 1, "99.9%");
        form.put("kpiMetric", metrics);
        form.put("kpiTarget", targets);

        Page page = save(manager, id, form).assertStatus(400);
        assertThat(page.html()).contains("id=\"TOOL.1-error\"", "id=\"kpiMetric." + (metrics.size() - 1) + "-error\"");
        assertThat(page.text()).contains("Use at most 1000 characters (this has 1001).", "Say what is measured for this target.");
        assertThat(page.fieldValues("TOOL")).contains("x".repeat(1001));
        assertThat(page.fieldValues("kpiTarget")).contains("99.9%");
    }

    @Test
    void aValidFormWithTextThatLooksLikeCodeIsSavedAndShownVerbatim() {
        form.put("title", "Engineer <script>alert('x')</script> & \"friends\"");
        form.put("reportsTo", "Robert'); DROP TABLE posting;--");
        save(manager, id, form).assertSeeOther();
        Page page = manager.get("/postings/" + id);
        assertThat(page.html()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        assertThat(page.text()).contains("Engineer <script>alert('x')</script> & \"friends\"",
                "Robert'); DROP TABLE posting;--");
    }
}
