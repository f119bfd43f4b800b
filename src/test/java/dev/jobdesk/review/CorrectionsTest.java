package dev.jobdesk.review;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.publish;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.status;
import static dev.jobdesk.support.PostingSteps.step;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A live typo is fixed without taking the posting down: Edit starts a correction, the careers page
 * keeps the live text through review, and publishing the approved correction replaces it in one
 * step, at the same address, with the same JobPosting.
 */
@QuarkusTest
class CorrectionsTest extends ManagerAndLead {

    private final WebClient visitor = WebClient.anonymous();

    @Test
    void theLivePageKeepsItsTextUntilTheApprovedCorrectionIsPublished() throws Exception {
        long id = completeDraft(manager, "Payments Enginer");
        String live = publish(manager, lead, id);
        String datePosted = jobPosting(live).path("datePosted").asText();
        // The list keeps each card while its posting is unchanged: this one must not outlive the correction.
        assertThat(visitor.get("/careers?q=payments").text()).contains("Payments Enginer");

        Page edit = manager.get("/postings/" + id + "/edit").assertStatus(200);
        assertThat(edit.text()).contains("This posting is live. Saving starts a correction");
        Map<String, Object> form = editForm(manager, id);
        form.put("title", "Payments Engineer");
        save(manager, id, form).assertSeeOther();

        assertLiveText(live, "Payments Enginer");
        Page page = manager.get("/postings/" + id);
        assertThat(page.document().select("h1").text()).contains("Payments Engineer", "Draft");
        assertThat(page.text()).contains("Live at " + live, "correction: Draft",
                "The careers page keeps the live text until this correction is approved and published.");
        assertThat(manager.get("/postings").text()).contains("Correction: Draft");
        assertThat(manager.get("/postings/" + id + "/preview").text()).contains("Payments Engineer");

        submit(manager, id, "Lena Lead").assertSeeOther();
        assertLiveText(live, "Payments Enginer");
        Document review = lead.get("/postings/" + id).document();
        assertThat(review.select("#changes-heading").text()).isEqualTo("What changed since revision 1, which you last decided on");
        assertThat(review.select(".changes del").eachText()).containsExactly("[removed: Enginer]");
        assertThat(review.select(".changes ins").eachText()).containsExactly("[added: Engineer]");
        assertThat(queueRow("Payments Enginer")).contains("A correction of the live posting", "Resubmitted",
                "1 section changed");

        requestChanges(lead, id, "Say Senior.").assertSeeOther();
        assertLiveText(live, "Payments Enginer");
        assertThat(attention()).contains("(a correction of the live posting)", "Lena Lead asked for changes");
        form = editForm(manager, id);
        form.put("title", "Senior Payments Engineer");
        save(manager, id, form).assertSeeOther();
        submit(manager, id, "Lena Lead").assertSeeOther();
        step(lead, id, "approve").assertSeeOther();
        assertLiveText(live, "Payments Enginer");
        assertThat(attention()).contains("(a correction of the live posting)",
                "Approved by Lena Lead: ready to publish.");

        assertThat(step(manager, id, "publish").assertSeeOther()).isEqualTo("/postings/" + id);
        assertThat(manager.get("/postings/" + id).text()).contains("Correction published: " + live + " shows the new text.");
        assertThat(PostingSteps.careersPath(manager, id)).as("the same address").isEqualTo(live);
        assertLiveText(live, "Senior Payments Engineer");
        JsonNode corrected = jobPosting(live);
        assertThat(corrected.path("title").asText()).isEqualTo("Senior Payments Engineer");
        assertThat(corrected.path("datePosted").asText()).as("first published").isEqualTo(datePosted);
        assertThat(visitor.get("/careers?q=senior+payments").text()).contains("Senior Payments Engineer");
        assertThat(visitor.get("/careers?q=payments").text()).contains("Senior Payments Engineer")
                .doesNotContain("Payments Enginer");
        assertThat(status(manager, id)).isEqualTo("published");
        assertThat(manager.get("/postings/" + id).document().select(".revision-list li")).hasSize(3);
    }

    @Test
    void closingALivePostingTakesTheCorrectionUnderWayWithIt() {
        long id = completeDraft(manager, "Closed Mid-correction Engineer");
        String live = publish(manager, lead, id);
        Map<String, Object> form = editForm(manager, id);
        form.put("title", "Never Published Engineer");
        save(manager, id, form).assertSeeOther();
        submit(manager, id, "Lena Lead").assertSeeOther();
        assertThat(queueRow("Closed Mid-correction Engineer")).contains("A correction of the live posting");

        Page page = manager.get("/postings/" + id);
        assertThat(page.text()).contains("Close posting", "and the correction under way with it");
        step(manager, id, "close").assertSeeOther();
        assertThat(visitor.get(live).status()).isEqualTo(410);
        assertThat(status(manager, id)).isEqualTo("closed");
        assertThat(lead.get("/reviews").text()).doesNotContain("Closed Mid-correction Engineer");
        assertThat(manager.get("/postings/" + id).document().select("h1").text())
                .contains("Closed Mid-correction Engineer");
    }

    @Test
    void theQueueListsCorrectionsAmongNewPostingsLongestWaitingFirst() {
        long live = completeDraft(manager, "Queue Order Live Engineer");
        publish(manager, lead, live);
        long first = completeDraft(manager, "Queue Order First Engineer");
        submit(manager, first, "Lena Lead").assertSeeOther();
        Map<String, Object> form = editForm(manager, live);
        form.put("title", "Queue Order Corrected Engineer");
        save(manager, live, form).assertSeeOther();
        submit(manager, live, "Lena Lead").assertSeeOther();
        long last = completeDraft(manager, "Queue Order Last Engineer");
        submit(manager, last, "Lena Lead").assertSeeOther();

        assertThat(lead.get("/reviews").document().select("tbody tr:contains(Queue Order)").eachText())
                .satisfiesExactly(
                        row -> assertThat(row).contains("Queue Order First Engineer"),
                        row -> assertThat(row).contains("A correction of the live posting"),
                        row -> assertThat(row).contains("Queue Order Last Engineer"));
    }

    /** What "Needs your attention" on the manager's list says of this test's posting. */
    private String attention() {
        return manager.get("/postings").document().select(".attention-item:contains(Payments)").text();
    }

    private String queueRow(String title) {
        return lead.get("/reviews").document().select("tbody tr:contains(" + title + ")").text();
    }

    private void assertLiveText(String live, String title) {
        Page page = visitor.get(live).assertStatus(200);
        assertThat(page.document().select("h1").text()).isEqualTo(title);
    }

    private JsonNode jobPosting(String live) throws Exception {
        return new ObjectMapper().readTree(visitor.get(live).jsonLd());
    }
}
