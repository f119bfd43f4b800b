package dev.jobdesk.review;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.submit;
import static dev.jobdesk.support.PostingSteps.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.posting.SectionComment;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A lead comments on particular sections; the owner sees each beside its section when editing and
 * marks it resolved when submitting again.
 */
@QuarkusTest
class SectionCommentsTest extends ManagerAndLead {

    @Test
    void aCommentOnASectionStandsBesideItUntilTheOwnerResolvesItOnResubmitting() {
        long id = completeDraft(manager, "Commented Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        lead.get("/postings/" + id);
        Page empty = lead.post("/postings/" + id + "/comments", Form.of("section", "KPI", "sectionText", " ")).assertStatus(400);
        assertThat(empty.text()).contains("Say what should change in this section.");
        assertThat(empty.fieldValue("section")).as("the section chosen stays chosen").isEqualTo("KPI");
        Page tooLong = lead.post("/postings/" + id + "/comments", Form.of("section", "MUST_HAVE",
                "sectionText", "x".repeat(SectionComment.MAX_TEXT + 1))).assertStatus(400);
        assertThat(tooLong.fieldValue("section")).isEqualTo("MUST_HAVE");
        assertThat(tooLong.fieldValue("sectionText")).as("the text as typed").hasSize(SectionComment.MAX_TEXT + 1);
        assertThat(lead.post("/postings/" + id + "/comments", Form.of("section", "nowhere", "sectionText", "Hm"))
                .assertStatus(400).text()).contains("Choose one of the sections offered.");
        lead.post("/postings/" + id + "/comments", Form.of("section", "KPI", "sectionText", "Add an on-call KPI."))
                .assertSeeOther();
        lead.post("/postings/" + id + "/comments", Form.of("section", "summary", "sectionText", "Mention the team size."))
                .assertSeeOther();
        assertThat(WebClient.signedInAs("manager").post("/postings/" + id + "/comments",
                Form.of("section", "KPI", "sectionText", "Self-review")).status()).as("not a lead").isEqualTo(403);
        WebClient lead2 = WebClient.signedInAs("lead2");
        lead2.get("/reviews");
        assertThat(lead2.post("/postings/" + id + "/comments", Form.of("section", "KPI", "sectionText", "Drive-by"))
                .status()).as("not the reviewer").isEqualTo(409);
        requestChanges(lead, id, "See my comments on the sections.").assertSeeOther();

        Document edit = manager.get("/postings/" + id + "/edit").document();
        assertThat(edit.select("#KPI .section-comment").text()).contains("Lena Lead on KPIs:", "Add an on-call KPI.");
        assertThat(edit.select("#summary .section-comment").text()).contains("Mention the team size.");
        assertThat(edit.select("#RESPONSIBILITY .section-comment")).isEmpty();

        Map<String, Object> form = editForm(manager, id);
        form.put("roleSummary", form.get("roleSummary") + " You join a team of eight.");
        save(manager, id, form).assertSeeOther();
        Page page = manager.get("/postings/" + id);
        List<String> boxes = page.document().select("input[name=resolved]").eachAttr("value");
        assertThat(boxes).hasSize(2);
        String summaryComment = page.document().select("label:contains(Mention the team size) input").attr("value");
        manager.post("/postings/" + id + "/submit", Form.of("version", version(page),
                "lead", page.optionValue("lead", "Lena Lead"), "resolved", summaryComment)).assertSeeOther();

        Document after = manager.get("/postings/" + id).document();
        assertThat(after.select(".comment-list li.resolved").text()).contains("Mention the team size.", "Resolved");
        assertThat(after.select(".comment-list li:not(.resolved)").text()).contains("Add an on-call KPI.", "Open");
        assertThat(lead.get("/postings/" + id).text()).contains("Add an on-call KPI.");
    }
}
