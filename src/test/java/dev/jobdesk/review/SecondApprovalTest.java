package dev.jobdesk.review;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.status;
import static dev.jobdesk.support.PostingSteps.step;
import static dev.jobdesk.support.PostingSteps.submit;
import static dev.jobdesk.support.PostingSteps.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.mail.OutboxSender;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The approval policy: an admin requires a second approval for a team's or a template's postings, by
 * a named lead or admin, who decides after the first lead and sees the posting in their queue in turn.
 * Each test makes its own team, so the rules it adds touch no other test's postings.
 */
@QuarkusTest
class SecondApprovalTest extends ManagerAndLead {

    private static final AtomicInteger TEAMS = new AtomicInteger();

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    private WebClient admin;
    private WebClient lead2;

    @BeforeEach
    void signIn() {
        admin = WebClient.signedInAs("admin");
        lead2 = WebClient.signedInAs("lead2");
    }

    @Test
    void theSecondApproverDecidesAfterTheFirstAndOnlyThenIsItApproved() {
        String team = teamNeedingSecondApprovalBy("Luca Lead");
        long id = draftOf(team, "Twice Approved Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        assertThat(approvals(manager, id)).contains("Lena Lead: reviewing now", "Luca Lead: approves next");
        assertThat(lead2.get("/reviews").text()).as("not Luca's turn yet").doesNotContain("Twice Approved Engineer");
        assertThat(lead2.get("/postings/" + id).assertStatus(200).document().select("form[action$=/approve]"))
                .as("the second approver reads it, but has nothing to decide yet").isEmpty();
        assertThat(lead2.post("/postings/" + id + "/approve", Form.of("version", version(manager.get("/postings/" + id))))
                .assertStatus(409).text()).contains("Only the lead this posting was routed to");

        step(lead, id, "approve").assertSeeOther();
        assertThat(status(manager, id)).isEqualTo("in-review");
        assertThat(approvals(manager, id)).contains("Lena Lead: approved", "Luca Lead: reviewing now");
        assertThat(manager.get("/postings/" + id).text()).contains("Approved; a second approval is next");
        assertThat(step(manager, id, "publish").status()).isEqualTo(409);
        assertThat(lead.get("/reviews").text()).doesNotContain("Twice Approved Engineer");
        assertThat(lead2.get("/reviews").text()).contains("Twice Approved Engineer");
        sender.sendDue(Instant.now());
        assertThat(mailbox.getMailsSentTo("lead2@jobdesk.example")).extracting(Mail::getSubject)
                .contains("Your approval is next: “Twice Approved Engineer”");
        assertThat(mailbox.getMailsSentTo("lead@jobdesk.example")).extracting(Mail::getText)
                .anyMatch(text -> text.contains("Luca Lead approves after you"));

        step(lead2, id, "approve").assertSeeOther();
        assertThat(status(manager, id)).isEqualTo("approved");
        assertThat(approvals(manager, id)).contains("Lena Lead: approved", "Luca Lead: approved");
        step(manager, id, "publish").assertSeeOther();
        assertThat(status(manager, id)).isEqualTo("published");
    }

    @Test
    void anAdminNamedAsSecondApproverDecidesFromTheirQueue() {
        String team = teamNeedingSecondApprovalBy("Ada Admin");
        long id = draftOf(team, "Admin Approved Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        step(lead, id, "approve").assertSeeOther();
        assertThat(admin.get("/reviews").text()).contains("Admin Approved Engineer");
        PostingSteps.requestChanges(admin, id, "Say which on-call rota.").assertSeeOther();
        assertThat(status(manager, id)).isEqualTo("changes-requested");

        submit(manager, id, "Luca Lead").assertSeeOther();
        assertThat(approvals(manager, id)).as("a resubmission asks for both approvals again")
                .contains("Luca Lead: reviewing now", "Ada Admin: approves next");
    }

    @Test
    void theFirstApprovalIsNotTheSecondApproversOwn() {
        String team = teamNeedingSecondApprovalBy("Luca Lead");
        long id = draftOf(team, "One Person Twice Engineer");
        assertThat(submit(manager, id, "Luca Lead").assertStatus(409).text())
                .contains("Luca Lead gives this posting's second approval: choose another lead for the first.");
        assertThat(status(manager, id)).isEqualTo("draft");
    }

    @Test
    void theSettingsPageListsRulesRefusesAnIncompleteOneAndRemovesThem() {
        String team = teamNeedingSecondApprovalBy("Luca Lead");
        Page settings = admin.get("/admin/settings");
        assertThat(settings.document().select("#approvals tbody tr").eachText())
                .anyMatch(row -> row.contains("the " + team + " team") && row.contains("Luca Lead"));

        Page refused = admin.post("/admin/settings/second-approvals", Form.of("subject",
                settings.optionValue("subject", team), "approver", "")).assertStatus(400);
        assertThat(refused.text()).contains("Choose one of the leads and admins offered.");
        assertThat(refused.document().select("#subject option[selected]").text()).as("the choice is kept").isEqualTo(team);
        assertThat(admin.post("/admin/settings/second-approvals", Form.of("subject", "team:999999",
                "approver", settings.optionValue("approver", "Luca Lead"))).assertStatus(400).text())
                .contains("Choose one of the templates and teams offered.");
        assertThat(settings.document().select("#approver option").eachText()).as("leads and admins only")
                .contains("Lena Lead", "Luca Lead", "Ada Admin").doesNotContain("Maya Manager");

        String removeAction = settings.document().select("#approvals tbody tr").stream()
                .filter(row -> row.text().contains("the " + team + " team")).findFirst().orElseThrow()
                .select("form").attr("action");
        admin.post(removeAction, Form.of()).assertSeeOther();
        assertThat(admin.get("/admin/settings").document().select("#approvals tbody tr").eachText())
                .noneMatch(row -> row.contains("the " + team + " team"));
        long id = draftOf(team, "Once Approved Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        step(lead, id, "approve").assertSeeOther();
        assertThat(status(manager, id)).isEqualTo("approved");
    }

    @Test
    void aTemplatesRuleIsListedAndCoversEveryPostingClonedFromIt() {
        Page settings = admin.get("/admin/settings");
        admin.post("/admin/settings/second-approvals", Form.of("subject", settings.optionValue("subject", "Backend Developer"),
                "approver", settings.optionValue("approver", "Luca Lead"))).assertSeeOther();
        try {
            assertThat(admin.get("/admin/settings").document().select("#approvals tbody tr").eachText())
                    .anyMatch(row -> row.contains("the Backend Developer template") && row.contains("Luca Lead"));
            long id = completeDraft(manager, "Template Ruled Engineer");
            submit(manager, id, "Lena Lead").assertSeeOther();
            assertThat(approvals(manager, id)).contains("Lena Lead: reviewing now", "Luca Lead: approves next");
        } finally {
            // Every posting of the other tests is cloned from this template: the rule goes again.
            String removeAction = admin.get("/admin/settings").document().select("#approvals tbody tr").stream()
                    .filter(row -> row.text().contains("the Backend Developer template")).findFirst().orElseThrow()
                    .select("form").attr("action");
            admin.post(removeAction, Form.of()).assertSeeOther();
        }
    }

    /** A new team whose postings need a second approval by the person the settings page offers as {@code approver}. */
    private String teamNeedingSecondApprovalBy(String approver) {
        String team = PostingSteps.team("Twice approved " + TEAMS.incrementAndGet());
        Page settings = admin.get("/admin/settings");
        admin.post("/admin/settings/second-approvals", Form.of("subject", settings.optionValue("subject", team),
                "approver", settings.optionValue("approver", approver))).assertSeeOther();
        return team;
    }

    private long draftOf(String team, String title) {
        long id = completeDraft(manager, title);
        Map<String, Object> form = editForm(manager, id);
        form.put("team", team);
        save(manager, id, form).assertSeeOther();
        return id;
    }

    private static List<String> approvals(WebClient user, long id) {
        return user.get("/postings/" + id).document().select("ol.approvals li").eachText();
    }
}
