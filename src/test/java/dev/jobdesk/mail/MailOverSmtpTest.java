package dev.jobdesk.mail;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.jobdesk.support.ManagerAndLead;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mail leaves Jobdesk through a real SMTP server (GreenMail, started for the test), not only the mock mailbox. */
@QuarkusTest
@TestProfile(MailOverSmtpTest.RealSmtp.class)
class MailOverSmtpTest extends ManagerAndLead {

    /** The mock mailer off, and the SMTP server below in its place. */
    public static class RealSmtp implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmtpServer.class));
        }
    }

    public static class SmtpServer implements QuarkusTestResourceLifecycleManager {
        static GreenMail server;

        @Override
        public Map<String, String> start() {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                    "quarkus.mailer.start-tls", "DISABLED");
        }

        @Override
        public void stop() {
            server.stop();
        }
    }

    @Inject
    OutboxSender sender;

    @Test
    void theReviewersMailArrivesOverSmtpWithALinkToThePosting() throws Exception {
        long id = completeDraft(manager, "Smtp Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        sender.sendDue(Instant.now());

        MimeMessage mail = Arrays.stream(SmtpServer.server.getReceivedMessages())
                .filter(message -> subjectOf(message).equals("Please review: “Smtp Engineer”"))
                .findFirst().orElseThrow();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("lead@jobdesk.example");
        assertThat(mail.getFrom()[0].toString()).contains("jobdesk@localhost");
        assertThat(GreenMailUtil.getBody(mail)).contains("Maya Manager asks you to review", "/postings/" + id);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            return "";
        }
    }
}
