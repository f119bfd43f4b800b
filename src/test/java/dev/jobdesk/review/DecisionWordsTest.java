package dev.jobdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A lead's decision carries their words to the owner: Approve takes an optional note, and a request
 * for changes stands at the top of the edit page the owner answers it on.
 */
@QuarkusTest
class DecisionWordsTest extends ManagerAndLead {

    @Test
    void approvingMayLeaveTheOwnerANote() {
        long id = PostingSteps.completeDraft(manager, "Noted Engineer");
        PostingSteps.submit(manager, id, "Lena Lead").assertSeeOther();
        String version = PostingSteps.version(lead.get("/postings/" + id));

        String tooLong = "n".repeat(ReviewDecision.MAX_COMMENT + 1);
        Page refused = lead.post("/postings/" + id + "/approve", Form.of("version", version, "note", tooLong))
                .assertStatus(400);
        assertThat(refused.text()).contains("Use at most " + ReviewDecision.MAX_COMMENT + " characters");
        assertThat(refused.fieldValue("note")).isEqualTo(tooLong);
        assertThat(PostingSteps.status(manager, id)).isEqualTo("in-review");

        lead.post("/postings/" + id + "/approve", Form.of("version", version,
                "note", "Good to go. Maybe add the on-call rota later.")).assertSeeOther();
        Page approved = manager.get("/postings/" + id);
        assertThat(approved.text()).contains("Lena Lead approved it, with a note",
                "Good to go. Maybe add the on-call rota later.");

        long plain = PostingSteps.approvedPosting(manager, lead, "Plainly Approved Engineer");
        assertThat(manager.get("/postings/" + plain).text()).doesNotContain("with a note");
    }

    @Test
    void theEditPageShowsTheLeadsRequestAtTheTop() {
        long id = PostingSteps.completeDraft(manager, "Sent Back Engineer");
        PostingSteps.submit(manager, id, "Lena Lead").assertSeeOther();
        PostingSteps.requestChanges(lead, id, "Name the on-call rota, please.").assertSeeOther();

        Page edit = manager.get("/postings/" + id + "/edit").assertStatus(200);
        assertThat(edit.document().selectFirst("#lead-request").text())
                .contains("Lena Lead asked for changes", "Name the on-call rota, please.");
        assertThat(manager.get("/postings/" + PostingSteps.cloneDraft(manager) + "/edit").document()
                .selectFirst("#lead-request")).as("a draft never sent back").isNull();
    }
}
