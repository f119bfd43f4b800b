package dev.jobdesk.mail;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.web.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Where mail about a step is written, in the step's own transaction: it goes out only if the step
 * commits, and {@link OutboxSender} sends it afterwards. Someone who turned mail off gets none.
 */
@ApplicationScoped
public class Outbox {

    static final int PAGE_SIZE = 50;

    private final JobdeskConfig config;

    Outbox(JobdeskConfig config) {
        this.config = config;
    }

    public void write(UserAccount recipient, String subject, String body, Instant now) {
        if (recipient != null && recipient.mailEnabled) {
            writeAsked(recipient, subject, body, now);
        }
    }

    /** Mail the person asked for themselves (a password reset link): sent even if they turned mail off. */
    public void writeAsked(UserAccount recipient, String subject, String body, Instant now) {
        if (recipient.enabled) {
            OutboxMail.to(recipient, subject, body, config.mail().send(), now).persist();
        }
    }

    /** Newest first, as the admin reads the outbox. */
    public ResultPage<OutboxMail> page(int number) {
        return ResultPage.of(OutboxMail.getEntityManager().createQuery(
                "from OutboxMail m order by m.createdAt desc, m.id desc", OutboxMail.class), number, PAGE_SIZE);
    }
}
