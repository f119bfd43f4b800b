package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.approvedPosting;
import static dev.jobdesk.support.PostingSteps.cloneDraft;
import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.status;
import static dev.jobdesk.support.PostingSteps.step;
import static dev.jobdesk.support.PostingSteps.submit;
import static dev.jobdesk.support.PostingSteps.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.review.ReviewDecision;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every step the workflow refuses answers with a clear message and changes nothing. */
@QuarkusTest
class WorkflowRefusalTest extends ManagerAndLead {

    @Test
    void aDraftCannotBePublished() {
        long id = completeDraft(manager, "Draft that jumps the queue");
        Page refused = step(manager, id, "publish").assertStatus(409);
        assertThat(refused.text()).contains("A posting that is draft can't be published.");
        assertThat(status(manager, id)).isEqualTo("draft");
    }

    @Test
    void aPostingCannotBeApprovedTwice() {
        long id = completeDraft(manager, "Approved once");
        submit(manager, id, "Lena Lead").assertSeeOther();
        String reviewedVersion = version(lead.get("/postings/" + id));
        lead.post("/postings/" + id + "/approve", "version", reviewedVersion).assertSeeOther();
        assertThat(lead.post("/postings/" + id + "/approve", "version", reviewedVersion).assertStatus(409).text())
                .contains("This posting changed since you opened the page.");
        String currentVersion = version(manager.get("/postings/" + id));
        Page again = lead.post("/postings/" + id + "/approve", "version", currentVersion).assertStatus(409);
        assertThat(again.text()).contains("A posting that is approved can't be approved.");
        assertThat(status(manager, id)).isEqualTo("approved");
    }

    @Test
    void contentIsLockedWhileInReview() {
        long id = completeDraft(manager, "Locked in review");
        Map<String, Object> form = editForm(manager, id);
        submit(manager, id, "Lena Lead").assertSeeOther();

        assertThat(manager.get("/postings/" + id + "/edit").assertSeeOther()).isEqualTo("/postings/" + id);
        assertThat(manager.get("/postings/" + id).text()).contains("This posting is in review, so its content is locked.");

        form.put("title", "Sneaky change");
        form.put("version", version(manager.get("/postings/" + id)));
        Page refused = save(manager, id, form).assertStatus(409);
        assertThat(refused.text()).contains("A posting that is in review can't be edited.");
        assertThat(manager.get("/postings/" + id).text()).contains("Locked in review").doesNotContain("Sneaky change");
    }

    @Test
    void submittingNeedsALead() {
        long id = completeDraft(manager, "Nobody to review");
        Page refused = manager.post("/postings/" + id + "/submit", "version", version(manager.get("/postings/" + id)),
                "lead", "").assertStatus(409);
        assertThat(refused.text()).contains("Choose the engineering lead who should review this posting.");
        assertThat(status(manager, id)).isEqualTo("draft");
    }

    @Test
    void submittingToSomeoneWhoIsNotALeadIsRefused() {
        long id = completeDraft(manager, "Routed to a manager");
        Page page = manager.get("/postings/" + id);
        String managerTwoId = UserAccount.findByUsername("manager2").orElseThrow().id.toString();
        Page refused = manager.post("/postings/" + id + "/submit", "version", version(page), "lead", managerTwoId)
                .assertStatus(409);
        assertThat(refused.text()).contains("Choose one of the engineering leads offered.")
                .doesNotContain(UserAccount.findByUsername("manager2").orElseThrow().displayName);
        Page unknown = manager.post("/postings/" + id + "/submit", "version", version(page), "lead", "987654321")
                .assertStatus(409);
        assertThat(unknown.text()).as("the answer for an id nobody has").isEqualTo(refused.text());
    }

    @Test
    void anIncompleteDraftCannotBeSubmitted() {
        long id = cloneDraft(manager);
        Page refused = submit(manager, id, "Lena Lead").assertStatus(409);
        assertThat(refused.text()).contains("Fill in the team, the city, the country, how to apply before submitting for approval.",
                "Before it can go for approval", "Add the team", "Add how to apply", "Done: At least one responsibility");
        assertThat(refused.html()).as("the posting page, with its links").contains(
                "href=\"/postings/" + id + "/edit#team\"", "href=\"/postings/" + id + "/edit#howToApply\"",
                "href=\"/postings\"", ">Submit for approval</button>");
        assertThat(status(manager, id)).isEqualTo("draft");
    }

    @Test
    void aCompleteDraftSaysItIsReadyBeforeItIsSubmitted() {
        long id = completeDraft(manager, "Ready and says so");
        assertThat(manager.get("/postings/" + id).text()).contains("Ready for review", "Done: The team", "Done: How to apply")
                .doesNotContain("Before it can go for approval");
    }

    @Test
    void theManagersListShowsWhatWaitsOnThem() {
        long sentBack = completeDraft(manager, "Sent back to me");
        submit(manager, sentBack, "Lena Lead").assertSeeOther();
        requestChanges(lead, sentBack, "Add the on-call rota.").assertSeeOther();
        approvedPosting(manager, lead, "Ready to go live");
        String attention = manager.get("/postings").text();
        assertThat(attention).contains("Needs your attention",
                "Sent back to me Changes requested Lena Lead asked for changes",
                "Ready to go live Approved Approved by Lena Lead: ready to publish.");
    }

    @Test
    void requestingChangesNeedsAComment() {
        long id = completeDraft(manager, "Silent review");
        submit(manager, id, "Lena Lead").assertSeeOther();
        Page refused = requestChanges(lead, id, "   ").assertStatus(400);
        assertThat(refused.text()).contains("Say what should change: a comment is required when requesting changes.");
        String tooLong = "x".repeat(ReviewDecision.MAX_COMMENT + 1);
        Page kept = requestChanges(lead, id, tooLong).assertStatus(400);
        assertThat(kept.text()).contains("Use at most " + ReviewDecision.MAX_COMMENT + " characters (this has "
                + (ReviewDecision.MAX_COMMENT + 1) + ").");
        assertThat(kept.html()).contains(tooLong);
        assertThat(status(lead, id)).isEqualTo("in-review");
    }

    @Test
    void aDraftCannotBeClosedOrWithdrawn() {
        long id = completeDraft(manager, "Not live yet");
        assertThat(step(manager, id, "close").assertStatus(409).text()).contains("can't be closed");
        assertThat(step(manager, id, "withdraw").assertStatus(409).text()).contains("can't be withdrawn");
        assertThat(status(manager, id)).isEqualTo("draft");
    }

    @Test
    void aStepTakenOnAnOutdatedPageIsRefused() {
        long id = approvedPosting(manager, lead, "Seen before the edit");
        String seenVersion = version(manager.get("/postings/" + id));
        Map<String, Object> form = editForm(manager, id);
        form.put("title", "Edited after approval");
        save(manager, id, form).assertSeeOther();

        Page refused = manager.post("/postings/" + id + "/publish", "version", seenVersion).assertStatus(409);
        assertThat(refused.text()).contains("This posting changed since you opened the page.");
    }

    @Test
    void editingAnApprovedPostingVoidsTheApproval() {
        long id = approvedPosting(manager, lead, "Approved then edited");
        assertThat(manager.get("/postings/" + id + "/edit").text()).contains("Saving a change voids the approval");
        Map<String, Object> form = editForm(manager, id);
        form.put("team", "Payments");
        save(manager, id, form).assertSeeOther();

        assertThat(status(manager, id)).isEqualTo("draft");
        assertThat(manager.get("/postings/" + id).text())
                .contains("Changed team. The approval was voided: the posting needs a new review.");
        assertThat(step(manager, id, "publish").assertStatus(409).text()).contains("can't be published");
    }

    @Test
    void theOwnerCanWithdrawFromReviewAndEditAgain() {
        long id = completeDraft(manager, "Second thoughts");
        submit(manager, id, "Lena Lead").assertSeeOther();
        step(manager, id, "withdraw").assertSeeOther();
        assertThat(status(manager, id)).isEqualTo("draft");
        assertThat(lead.get("/reviews").text()).doesNotContain("Second thoughts");
        manager.get("/postings/" + id + "/edit").assertStatus(200);
    }

    @Test
    void aSaveOverSomeoneElsesSaveIsAConflictThatKeepsTheTypedText() {
        long id = completeDraft(manager, "Raced edit");
        Map<String, Object> first = editForm(manager, id);
        Map<String, Object> second = editForm(manager, id);
        first.put("reportsTo", "Saved first");
        save(manager, id, first).assertSeeOther();

        second.put("reportsTo", "Typed second");
        Page conflict = save(manager, id, second).assertStatus(409);
        assertThat(conflict.text()).contains("Someone saved this posting while you were editing");
        assertThat(conflict.fieldValue("reportsTo")).isEqualTo("Typed second");

        // Saving the conflict page's form replaces the other save, deliberately.
        Page retried = save(manager, id, conflict.form("posting-form"));
        assertThat(retried.assertSeeOther()).isEqualTo("/postings/" + id);
        assertThat(manager.get("/postings/" + id).text()).contains("Typed second");
    }
}
