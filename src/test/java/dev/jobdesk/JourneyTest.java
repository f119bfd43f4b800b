package dev.jobdesk;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The product in one test: from the template to a live posting and back off the careers page. */
@QuarkusTest
class JourneyTest {

    private static final String CLOSING_DATE = LocalDate.now().plusMonths(3).toString();

    private static final String SENIOR_BULLET =
            "Set backend architecture: service boundaries, async vs sync patterns, data ownership, and the auth model.";
    private static final String MID_BULLET =
            "Own a bounded service domain end-to-end: API, schema, queues, and the on-call pager for it.";

    @Test
    void managerAndLeadTakeATemplateToTheCareersPageAndOffAgain() throws Exception {
        WebClient manager = WebClient.signedInAs("manager");
        WebClient lead = WebClient.signedInAs("lead");
        WebClient jobSeeker = WebClient.anonymous();

        // Clone: a mid-level draft with every section of the template.
        long id = PostingSteps.cloneDraft(manager);
        Map<String, Object> form = editForm(manager, id);
        assertThat(form.get("seniority")).isEqualTo("MID");
        assertThat(list(form, "LEVEL")).contains(MID_BULLET);
        assertThat(list(form, "kpiMetric")).hasSize(8); // seven KPIs and a blank row to add one

        // Make it senior, reword a KPI and give it a target, add a KPI, fill in the facts.
        form.put("seniority", "SENIOR");
        List<String> metrics = list(form, "kpiMetric");
        List<String> targets = list(form, "kpiTarget");
        metrics.set(0, "p95 latency of the public API");
        targets.set(0, "under 150 ms");
        metrics.set(7, "Onboarding docs kept current");
        targets.set(7, "reviewed every quarter");
        form.put("kpiMetric", metrics);
        form.put("kpiTarget", targets);
        form.put("title", "Senior Backend Engineer");
        form.put("team", "Payments");
        form.put("location", "Lisbon");
        form.put("country", "PT");
        form.put("workplaceType", "HYBRID");
        form.put("howToApply", "https://jobs.example.com/payments");
        form.put("salaryMin", "80000");
        form.put("salaryMax", "105000");
        form.put("salaryCurrency", "EUR");
        form.put("salaryPeriod", "YEAR");
        form.put("closingDate", CLOSING_DATE);
        assertThat(save(manager, id, form).assertSeeOther()).isEqualTo("/postings/" + id);

        Page draft = manager.get("/postings/" + id).assertStatus(200);
        assertThat(draft.text()).contains("Draft saved at the senior level", SENIOR_BULLET, "6+ years",
                "p95 latency of the public API Target: under 150 ms", "Onboarding docs kept current")
                .doesNotContain(MID_BULLET);

        // Route it to a lead, who finds it in their queue and sends it back with a comment.
        assertThat(submit(manager, id, "Lena Lead").assertSeeOther()).isEqualTo("/postings/" + id);
        assertThat(lead.get("/reviews").text()).contains("Senior Backend Engineer", "Maya Manager");
        assertThat(requestChanges(lead, id, "Say which payment rails the team runs.").assertSeeOther())
                .isEqualTo("/reviews");

        // The owner sees the comment, edits and resubmits; the lead approves.
        Page sentBack = manager.get("/postings/" + id);
        assertThat(sentBack.text()).contains("Changes requested", "Lena Lead requested changes",
                "Say which payment rails the team runs.");
        form = editForm(manager, id);
        List<String> responsibilities = list(form, "RESPONSIBILITY");
        responsibilities.set(responsibilities.size() - 1, "Run the card and SEPA payment rails with the team.");
        form.put("RESPONSIBILITY", responsibilities);
        save(manager, id, form).assertSeeOther();
        submit(manager, id, "Lena Lead").assertSeeOther();
        step(lead, id, "approve").assertSeeOther();
        assertThat(manager.get("/postings/" + id).text()).contains("Approved");

        // Publish: the job seeker reads it on the careers page, senior bullets and new KPIs included.
        step(manager, id, "publish").assertSeeOther();
        String careersPath = PostingSteps.careersPath(manager, id);
        assertThat(careersPath).isEqualTo("/careers/senior-backend-engineer-lisbon-portugal-" + id);
        // The careers page groups openings by team; the newest of a team comes first in its group.
        assertThat(jobSeeker.get("/careers?team=Payments").assertStatus(200).html()).contains("href=\"" + careersPath + "\"");
        Page live = jobSeeker.get(careersPath).assertStatus(200);
        assertThat(live.text()).contains("Senior Backend Engineer", SENIOR_BULLET, "How we measure success",
                "p95 latency of the public API Target: under 150 ms", "Onboarding docs kept current",
                "Run the card and SEPA payment rails with the team.", "€ 80,000 – 105,000 per year")
                .doesNotContain(MID_BULLET);

        JsonNode jobPosting = new ObjectMapper().readTree(live.jsonLd());
        assertThat(jobPosting.path("@type").asText()).isEqualTo("JobPosting");
        assertThat(jobPosting.path("title").asText()).isEqualTo("Senior Backend Engineer");
        assertThat(jobPosting.path("validThrough").asText()).startsWith(CLOSING_DATE);
        assertThat(jobPosting.path("baseSalary").path("value").path("minValue").asInt()).isEqualTo(80000);

        // Close: off the list, and its address says the position is gone.
        step(manager, id, "close").assertSeeOther();
        assertThat(jobSeeker.get("/careers?team=Payments").html()).doesNotContain("href=\"" + careersPath + "\"");
        assertThat(jobSeeker.get(careersPath).assertStatus(410).text()).contains("This position is closed");

        // Every step is in the history, with who took it.
        assertThat(manager.get("/postings/" + id).text()).contains("Created from template by Maya Manager",
                "Submitted for approval by Maya Manager", "Changes requested by Lena Lead",
                "Approved by Lena Lead", "Published by Maya Manager", "Closed by Maya Manager");
    }
}
