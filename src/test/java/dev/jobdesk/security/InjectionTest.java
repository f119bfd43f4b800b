package dev.jobdesk.security;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.list;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.step;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Script and markup typed into every text field come back as text on every page that shows them,
 * JSON-LD included; SQL metacharacters are stored and shown as typed.
 */
@QuarkusTest
class InjectionTest {

    private static final String SCRIPT = "</script><script>alert(1)</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    private static final String SQL = "x' OR '1'='1'; DROP TABLE posting;--";

    /** Nothing a user typed may appear as live markup. */
    private static void assertInert(Page page) {
        String html = page.html();
        assertThat(html).doesNotContain("<script>alert(1)", "<img src=x", "onerror=alert(1)>");
    }

    @Test
    void everyTextFieldIsEscapedOnEveryPageThatShowsIt() throws Exception {
        WebClient manager = WebClient.signedInAs("manager");
        WebClient lead = WebClient.signedInAs("lead");
        WebClient visitor = WebClient.anonymous();

        long id = completeDraft(manager, "placeholder");
        Map<String, Object> form = editForm(manager, id);
        String title = "T " + SCRIPT + IMAGE;
        form.put("title", title);
        form.put("team", PostingSteps.team("Team " + IMAGE));
        form.put("location", "Loc " + SCRIPT);
        form.put("experience", "6+ " + IMAGE);
        form.put("roleSummary", "Summary " + SCRIPT + IMAGE + " " + SQL);
        form.put("reportsTo", "Boss " + IMAGE);
        form.put("reportingStructure", "Structure " + SCRIPT);
        for (String section : List.of("RESPONSIBILITY", "LEVEL", "MUST_HAVE", "NICE_TO_HAVE", "TOOL")) {
            List<String> rows = list(form, section);
            rows.set(0, section + " " + SCRIPT + IMAGE);
            form.put(section, rows);
        }
        List<String> metrics = list(form, "kpiMetric");
        List<String> targets = list(form, "kpiTarget");
        metrics.set(0, "Metric " + SCRIPT);
        targets.set(0, "Target " + IMAGE);
        form.put("kpiMetric", metrics);
        form.put("kpiTarget", targets);
        save(manager, id, form).assertSeeOther();

        Page edit = manager.get("/postings/" + id + "/edit");
        assertInert(edit);
        assertThat(edit.fieldValue("title")).isEqualTo(title);
        assertThat(edit.fieldValue("roleSummary")).isEqualTo("Summary " + SCRIPT + IMAGE + " " + SQL);

        submit(manager, id, "Lena Lead").assertSeeOther();
        assertInert(lead.get("/reviews"));
        assertThat(lead.get("/reviews").text()).contains(title);
        Page review = lead.get("/postings/" + id);
        assertInert(review);
        requestChanges(lead, id, "Comment " + SCRIPT + IMAGE).assertSeeOther();
        Page sentBack = manager.get("/postings/" + id);
        assertInert(sentBack);
        assertThat(sentBack.text()).contains("Comment " + SCRIPT + IMAGE, "Team " + IMAGE, "Metric " + SCRIPT);

        submit(manager, id, "Lena Lead").assertSeeOther();
        step(lead, id, "approve").assertSeeOther();
        step(manager, id, "publish").assertSeeOther();
        assertInert(manager.get("/postings"));

        // The list groups by team; the search finds this posting wherever its team falls.
        Page careers = visitor.get("/careers?q=onerror");
        assertInert(careers);
        assertThat(careers.text()).contains(title);
        Page live = visitor.get(PostingSteps.careersPath(manager, id));
        assertInert(live);
        assertThat(live.text()).contains(title, "RESPONSIBILITY " + SCRIPT + IMAGE, "Target " + IMAGE,
                "Summary " + SCRIPT + IMAGE + " " + SQL);

        JsonNode jobPosting = new ObjectMapper().readTree(live.jsonLd());
        assertThat(live.jsonLd()).doesNotContain("<", ">");
        assertThat(jobPosting.path("title").asText()).isEqualTo(title);
        assertThat(jobPosting.path("jobLocation").path("address").path("addressLocality").asText())
                .isEqualTo("Loc " + SCRIPT);
        assertThat(jobPosting.path("description").asText()).contains("&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void applyLinksAcceptOnlyWebAndMailAddresses() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = completeDraft(manager, "Apply links");
        for (String address : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)", "//evil.example/apply", "mailto:jobs@example.com?bcc=all@example.com",
                "mailto:mailto:jobs@example.com", "http://jobs.example.com/apply")) {
            Map<String, Object> form = editForm(manager, id);
            form.put("howToApply", address);
            Page refused = save(manager, id, form).assertStatus(400);
            assertThat(refused.text()).contains("Give a web address starting with https://, or an email address.");
        }
    }

    @Test
    void sqlInQueryParametersIsJustText() {
        WebClient visitor = WebClient.anonymous();
        assertThat(visitor.get("/careers?team=' OR '1'='1").assertStatus(200).text())
                .contains("No open positions match these filters.");
        visitor.get("/careers?page=1;DROP TABLE posting").assertStatus(200);
        visitor.get("/careers/x' OR '1'='1").assertStatus(404);
        visitor.get("/careers").assertStatus(200);
    }
}
