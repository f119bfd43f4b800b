package dev.jobdesk.review;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.list;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.step;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingRevision;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every submission freezes a revision; the lead reads what changed since the revision they last
 * decided on; an approval is bound to the exact text of its revision, and publishing refuses any other.
 */
@QuarkusTest
class RevisionsTest extends ManagerAndLead {

    @Inject
    DataSource dataSource;

    @Test
    void aResubmissionShowsTheLeadExactlyTheWordsThatChanged() {
        long id = completeDraft(manager, "Revised Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();

        Document first = lead.get("/postings/" + id).document();
        assertThat(first.select("#changes-heading").text())
                .isEqualTo("What changed since the Backend Developer template it was cloned from");
        assertThat(first.select(".changes ins").text()).contains("Revised Engineer", "Platform", "Berlin");
        assertThat(lead.get("/reviews").document().select("tbody tr:contains(Revised Engineer)").text())
                .contains("Revised Engineer").doesNotContain("Resubmitted");

        requestChanges(lead, id, "Say which rails.").assertSeeOther();
        Map<String, Object> form = editForm(manager, id);
        List<String> responsibilities = list(form, "RESPONSIBILITY");
        String original = responsibilities.get(0);
        responsibilities.set(0, original + " Card and SEPA rails included.");
        form.put("RESPONSIBILITY", responsibilities);
        save(manager, id, form).assertSeeOther();
        submit(manager, id, "Lena Lead").assertSeeOther();

        Document second = lead.get("/postings/" + id).document();
        assertThat(second.select("#changes-heading").text()).isEqualTo("What changed since revision 1, which you last decided on");
        assertThat(second.select(".changes .meta").first().text()).startsWith("1 section changed.");
        assertThat(second.select(".changes section.diff-section h3").eachText()).containsExactly("Responsibilities");
        assertThat(second.select(".changes ins").eachText()).containsExactly("[added: Card and SEPA rails included.]");
        assertThat(second.select(".changes del")).isEmpty();
        assertThat(second.select(".changes details.unchanged summary").eachText()).contains("Role summary unchanged",
                "KPIs unchanged");
        assertThat(second.select("a[href=#full-text]")).hasSize(1);

        String queue = lead.get("/reviews").text();
        assertThat(queue).contains("Revised Engineer", "Resubmitted", "1 section changed since you last decided");
        assertThat(manager.get("/postings/" + id).text()).contains("Revision 2, to Lena Lead.");

        step(lead, id, "approve").assertSeeOther();
        assertThat(manager.get("/postings/" + id).document().select(".revision-list li").eachText())
                .as("the approved revision is marked").satisfiesExactly(
                        revision1 -> assertThat(revision1).doesNotContain("approved"),
                        revision2 -> assertThat(revision2).startsWith("Revision 2, submitted by Maya Manager").contains("· approved"));
        step(manager, id, "publish").assertSeeOther();
        String live = PostingSteps.careersPath(manager, id);
        assertThat(WebClient.anonymous().get(live).text()).contains("Card and SEPA rails included.");
        ReviewDecision approval = QuarkusTransaction.requiringNew().call(() -> ReviewDecision.<ReviewDecision>find(
                "posting.id = ?1 and decision = ?2", id, Decision.APPROVED).firstResult());
        assertThat(approval.contentHash).hasSize(64);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ReviewDecision.<ReviewDecision>findById(approval.id)
                .revision.number)).isEqualTo(2);
    }

    @Test
    void theQueueComparesWithTheRevisionTheLeadLastDecidedOn() {
        long id = resubmittedAs("Twice Revised Engineer", "Twice Revised Senior Engineer");
        requestChanges(lead, id, "Say which rails.").assertSeeOther();
        Map<String, Object> form = editForm(manager, id);
        List<String> responsibilities = list(form, "RESPONSIBILITY");
        responsibilities.set(0, responsibilities.get(0) + " Card rails included.");
        form.put("RESPONSIBILITY", responsibilities);
        save(manager, id, form).assertSeeOther();
        submit(manager, id, "Lena Lead").assertSeeOther();

        assertThat(lead.get("/reviews").document().select("tbody tr:contains(Twice Revised Senior Engineer)").text())
                .as("against revision 2, not 1, where the title differs too")
                .contains("Resubmitted", "1 section changed since you last decided");
    }

    @Test
    void theOwnerComparesAnyTwoRevisions() {
        long id = resubmittedAs("Compared Engineer", "Compared Senior Engineer");

        Page page = manager.get("/postings/" + id);
        assertThat(page.document().select(".revision-list li")).hasSize(2);
        assertThat(page.document().select(".revision-list li").first().text())
                .startsWith("Revision 1, submitted by Maya Manager, ").doesNotContain("approved");
        Document compared = manager.get("/postings/" + id + "/compare?from=1&to=2").assertStatus(200).document();
        assertThat(compared.select("h1").text()).isEqualTo("What changed from revision 1 to revision 2");
        assertThat(compared.select("ins").eachText()).containsExactly("[added: Senior ]");
        assertThat(manager.get("/postings/" + id + "/compare").document().select("h1").text())
                .as("the latest against the one before").isEqualTo("What changed from revision 1 to revision 2");
        assertThat(manager.get("/postings/" + id + "/compare?from=0&to=1").document().select("h1").text())
                .isEqualTo("What changed from the template to revision 1");
        assertThat(lead.get("/postings/" + id + "/compare?from=0&to=2").status()).isEqualTo(200);

        assertThat(manager.get("/postings/" + id + "/compare?from=1&to=3").status()).isEqualTo(404);
        assertThat(manager.get("/postings/" + id + "/compare?from=x&to=2").status()).isEqualTo(404);
        assertThat(WebClient.signedInAs("manager2").get("/postings/" + id + "/compare").status()).isEqualTo(404);
        long unsubmitted = completeDraft(manager, "Never submitted");
        assertThat(manager.get("/postings/" + unsubmitted + "/compare").status()).isEqualTo(404);
    }

    @Test
    void publishingRefusesContentThatIsNotTheApprovedRevision() throws SQLException {
        long id = PostingSteps.approvedPosting(manager, lead, "Bound Engineer");
        execute("update posting set title = 'Tampered Engineer' where id = ?", id);
        Page refused = step(manager, id, "publish").assertStatus(409);
        assertThat(refused.text()).contains("no longer word for word what was approved as revision 1");
        execute("update posting set title = 'Bound Engineer' where id = ?", id);
        assertThat(PostingSteps.status(manager, id)).isEqualTo("approved");

        long revisionId = QuarkusTransaction.requiringNew().call(() ->
                PostingRevision.latest(Posting.<Posting>findById(id)).orElseThrow().id);
        execute("update posting_revision set content = replace(content, 'Bound Engineer', 'Tampered Engineer') where id = ?",
                revisionId);
        execute("update posting set title = 'Tampered Engineer' where id = ?", id);
        assertThat(step(manager, id, "publish").assertStatus(409).text())
                .contains("no longer word for word what was approved");
    }

    @Test
    void anApprovalCoversTheRevisionItWasGivenOnAndAnEditVoidsIt() {
        long id = PostingSteps.approvedPosting(manager, lead, "Voided Engineer");
        Map<String, Object> form = editForm(manager, id);
        form.put("title", "Voided Staff Engineer");
        save(manager, id, form).assertSeeOther();
        assertThat(PostingSteps.status(manager, id)).isEqualTo("draft");
        assertThat(manager.get("/postings/" + id).document().select(".revision-list li").text()).doesNotContain("approved");
    }

    private void execute(String sql, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    /** Submitted as {@code firstTitle}, sent back for a better title, submitted again as {@code title}: two revisions. */
    private long resubmittedAs(String firstTitle, String title) {
        long id = completeDraft(manager, firstTitle);
        submit(manager, id, "Lena Lead").assertSeeOther();
        requestChanges(lead, id, "A better title.").assertSeeOther();
        Map<String, Object> form = editForm(manager, id);
        form.put("title", title);
        save(manager, id, form).assertSeeOther();
        submit(manager, id, "Lena Lead").assertSeeOther();
        return id;
    }
}
