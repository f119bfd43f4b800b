package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.step;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.catalog.Bullet;
import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.company.Team;
import dev.jobdesk.review.ReviewDecision;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The limits agree end to end: a posting with every field at the most the form accepts, written in
 * the characters that cost most once stored as JSON, goes through the whole review and is kept
 * exactly, decisions and their copy of the content included.
 */
@QuarkusTest
class LimitsTest {

    @Test
    void theEditPageAsksForTheSameLimitsTheServerChecks() {
        WebClient manager = WebClient.signedInAs("manager");
        Document page = manager.get("/postings/" + completeDraft(manager, "Limits read by the page") + "/edit").document();
        Map<String, Integer> limits = Map.ofEntries(Map.entry("title", PostingContent.MAX_TITLE),
                Map.entry("location", PostingContent.MAX_LOCATION),
                Map.entry("experience", PostingContent.MAX_EXPERIENCE),
                Map.entry("howToApply", PostingContent.MAX_HOW_TO_APPLY),
                Map.entry("roleSummary", PostingContent.MAX_ROLE_SUMMARY),
                Map.entry("reportsTo", PostingContent.MAX_REPORTS_TO),
                Map.entry("reportingStructure", PostingContent.MAX_REPORTING_STRUCTURE),
                Map.entry("RESPONSIBILITY-0", Bullet.MAX_LENGTH), Map.entry("kpiMetric-0", Kpi.MAX_METRIC_LENGTH),
                Map.entry("kpiTarget-0", Kpi.MAX_TARGET_LENGTH), Map.entry("faqQuestion-0", Faq.MAX_QUESTION),
                Map.entry("faqAnswer-0", Faq.MAX_ANSWER));
        limits.forEach((id, max) -> assertThat(page.getElementById(id).attr("maxlength")).as(id).isEqualTo(String.valueOf(max)));
    }

    @Test
    void aPostingAtEveryLimitIsReviewedAndPublished() {
        WebClient manager = WebClient.signedInAs("manager");
        WebClient lead = WebClient.signedInAs("lead");
        long id = completeDraft(manager, "At every limit");
        Map<String, Object> form = editForm(manager, id);
        form.put("title", quotes(PostingContent.MAX_TITLE));
        form.put("team", PostingSteps.team(quotes(Team.MAX_NAME)));
        form.put("location", quotes(PostingContent.MAX_LOCATION));
        form.put("experience", quotes(PostingContent.MAX_EXPERIENCE));
        form.put("roleSummary", lines(PostingContent.MAX_ROLE_SUMMARY));
        form.put("reportsTo", quotes(PostingContent.MAX_REPORTS_TO));
        form.put("reportingStructure", lines(PostingContent.MAX_REPORTING_STRUCTURE));
        for (Section section : Section.values()) {
            form.put(section.name(), Collections.nCopies(PostingForm.MAX_ROWS, quotes(Bullet.MAX_LENGTH)));
        }
        form.put("kpiMetric", Collections.nCopies(PostingForm.MAX_KPIS, quotes(Kpi.MAX_METRIC_LENGTH)));
        form.put("kpiTarget", Collections.nCopies(PostingForm.MAX_KPIS, quotes(Kpi.MAX_TARGET_LENGTH)));
        save(manager, id, form).assertSeeOther();

        submit(manager, id, "Lena Lead").assertSeeOther();
        requestChanges(lead, id, quotes(ReviewDecision.MAX_COMMENT)).assertSeeOther();
        submit(manager, id, "Lena Lead").assertSeeOther();
        step(lead, id, "approve").assertSeeOther();
        step(manager, id, "publish").assertSeeOther();

        List<Integer> kept = QuarkusTransaction.requiringNew().call(() -> ReviewDecision.<ReviewDecision>list(
                "posting.id", id).stream().map(decision -> decision.content.length()).toList());
        assertThat(kept).hasSize(2).allSatisfy(length -> assertThat(length)
                .isGreaterThan(300_000).isLessThanOrEqualTo(ReviewDecision.MAX_CONTENT));
        assertThat(manager.get("/postings/" + id).assertStatus(200).html())
                .contains("<h1>" + "&quot;".repeat(PostingContent.MAX_TITLE));
    }

    /** Text JSON writes at twice its length. */
    private static String quotes(int length) {
        return "\"".repeat(length);
    }

    /** Quotes on lines of their own: a line break, too, is two characters in JSON. */
    private static String lines(int length) {
        return "\"\n".repeat(length / 2).strip();
    }
}
