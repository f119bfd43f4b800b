package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.status;
import static dev.jobdesk.support.PostingSteps.step;
import static dev.jobdesk.support.PostingSteps.submit;
import static dev.jobdesk.support.PostingSteps.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.mail.OutboxSender;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** People leave: an admin gives a pending review to another lead, and a posting to another manager. */
@QuarkusTest
class ReassignTest extends ManagerAndLead {

    private WebClient admin;

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void signInAsAdmin() {
        admin = WebClient.signedInAs("admin");
    }

    @Test
    void aPendingReviewMovesToAnotherLeadWhoDecidesOnIt() {
        long id = completeDraft(manager, "Reassigned Review Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        Page page = admin.get("/postings/" + id);
        assertThat(page.document().select("#reassign-lead option").eachText()).contains("Luca Lead")
                .doesNotContain("Lena Lead");

        admin.post("/postings/" + id + "/reassign-review", Form.of("version", version(page),
                "lead", page.optionValue("lead", "Luca Lead"))).assertSeeOther();
        assertThat(admin.get("/postings/" + id).text()).contains("Reviewer: Luca Lead", "Review reassigned by Ada Admin",
                "From Lena Lead to Luca Lead.");
        assertThat(lead.get("/postings/" + id).status()).as("the first lead no longer sees it").isEqualTo(404);
        WebClient lead2 = WebClient.signedInAs("lead2");
        assertThat(lead2.get("/reviews").text()).contains("Reassigned Review Engineer");
        sender.sendDue(Instant.now());
        assertThat(mailbox.getMailsSentTo("lead2@jobdesk.example")).extracting(Mail::getSubject)
                .contains("Please review: “Reassigned Review Engineer”");
        step(lead2, id, "approve").assertSeeOther();
        assertThat(status(manager, id)).isEqualTo("approved");
    }

    @Test
    void aReviewIsNotReassignedToItsOwnerToNobodyOrWhenNotInReview() {
        long id = completeDraft(manager, "Unreassignable Engineer");
        Page draft = admin.get("/postings/" + id);
        assertThat(draft.document().select("#reassign-lead")).as("nothing to reassign in a draft").isEmpty();
        assertThat(admin.post("/postings/" + id + "/reassign-review", Form.of("version", version(draft),
                "lead", idOf("lead2"))).assertStatus(409).text()).contains("can't be given to another lead");

        submit(manager, id, "Lena Lead").assertSeeOther();
        String version = version(admin.get("/postings/" + id));
        assertThat(admin.post("/postings/" + id + "/reassign-review", Form.of("version", version,
                "lead", idOf("manager"))).assertStatus(409).text()).contains("You can't review your own posting");
        assertThat(admin.post("/postings/" + id + "/reassign-review", Form.of("version", version,
                "lead", idOf("manager2"))).assertStatus(409).text()).contains("Choose one of the engineering leads offered.");
        assertThat(admin.post("/postings/" + id + "/reassign-review", Form.of("version", version,
                "lead", "nobody")).assertStatus(409).text()).contains("Choose the engineering lead");
        assertThat(manager.post("/postings/" + id + "/reassign-review", Form.of("version", version,
                "lead", idOf("lead2"))).status()).isEqualTo(403);
    }

    @Test
    void aPostingMovesToAnotherManagerWhoOwnsItFromThen() {
        long id = completeDraft(manager, "Handed Over Engineer");
        Page page = admin.get("/postings/" + id);
        admin.post("/postings/" + id + "/owner", Form.of("version", version(page),
                "manager", page.optionValue("manager", "Milo Manager"))).assertSeeOther();
        assertThat(admin.get("/postings/" + id).text()).contains("owned by Milo Manager", "From Maya Manager to Milo Manager.");
        assertThat(manager.get("/postings/" + id).status()).as("no longer hers").isEqualTo(404);
        WebClient manager2 = WebClient.signedInAs("manager2");
        manager2.get("/postings/" + id + "/edit").assertStatus(200);
        assertThat(manager2.get("/postings").text()).contains("Handed Over Engineer");
        assertThat(admin.post("/postings/" + id + "/owner", Form.of("version", version(admin.get("/postings/" + id)),
                "manager", idOf("lead"))).assertStatus(409).text()).contains("Choose one of the hiring managers offered.");
    }

    private static String idOf(String username) {
        return String.valueOf(QuarkusTransaction.requiringNew().call(() ->
                UserAccount.findByUsername(username).orElseThrow().id));
    }
}
