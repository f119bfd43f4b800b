package dev.jobdesk.mail;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On the embedded default, mail is kept, not sent: an admin reads at /admin/outbox what would have
 * gone out, so someone trying Jobdesk sees it.
 */
@QuarkusTest
@TestProfile(MailKeptTest.MailKept.class)
class MailKeptTest extends ManagerAndLead {

    public static class MailKept implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jobdesk.mail.send", "false");
        }
    }

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @Test
    void theAdminReadsTheMailThatWouldHaveGoneOut() {
        // Tests run before this one, under other profiles, may have left mail pending in the same database.
        sender.sendDue(Instant.now());
        mailbox.clear();
        long id = completeDraft(manager, "Kept Mail Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        assertThat(sender.sendDue(Instant.now())).isZero();
        assertThat(mailbox.getMailsSentTo("lead@jobdesk.example")).isNullOrEmpty();

        Page outbox = WebClient.signedInAs("admin").get("/admin/outbox").assertStatus(200);
        assertThat(outbox.text()).contains("Mail is not sent here", "Please review: “Kept Mail Engineer”",
                "To lead@jobdesk.example", "Kept, not sent", "Hello Lena Lead,", "/postings/" + id);
        assertThat(manager.get("/admin/outbox").status()).isEqualTo(403);
    }
}
