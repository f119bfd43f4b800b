package dev.jobdesk.mail;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.company.Company;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.web.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Where mail about a step is written, in the step's own transaction: it goes out only if the step
 * commits, and {@link OutboxSender} sends it afterwards. Someone who turned mail off gets none. Every
 * mail gets the same words around its text: who it is for, and how to stop it.
 */
@ApplicationScoped
public class Outbox {

    static final int PAGE_SIZE = 50;

    private final JobdeskConfig config;
    private final Company company;

    Outbox(JobdeskConfig config, Company company) {
        this.config = config;
        this.company = company;
    }

    void write(UserAccount recipient, String subject, String text, Instant now) {
        if (recipient != null && recipient.mailEnabled) {
            writeAsked(recipient, subject, text, now);
        }
    }

    /** Mail the person asked for themselves (a password reset link): sent even if they turned mail off. */
    void writeAsked(UserAccount recipient, String subject, String text, Instant now) {
        if (recipient.enabled) {
            OutboxMail.to(recipient, subject, body(recipient, text), config.mail().send(), now).persist();
        }
    }

    /** The address of a page of Jobdesk, for a mail to link to: {@code path} starts with a slash. */
    String link(String path) {
        return config.publicUrl() + path;
    }

    private String body(UserAccount to, String text) {
        return "Hello " + to.displayName + ",\n\n" + text + "\n\n-- \nJobdesk at " + company.name()
                + ". You get this mail because you work on job postings there; turn it off on your account page: "
                + link("/account") + "\n";
    }

    /** Newest first, as the admin reads the outbox. */
    public ResultPage<OutboxMail> page(int number) {
        return ResultPage.of(OutboxMail.getEntityManager().createQuery(
                "from OutboxMail m order by m.createdAt desc, m.id desc", OutboxMail.class), number, PAGE_SIZE);
    }
}
