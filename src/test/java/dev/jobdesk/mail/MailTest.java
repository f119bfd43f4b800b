package dev.jobdesk.mail;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.step;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.posting.Posting;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.PostingSteps;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Mail on every step that waits on someone: the reviewer on a submission, the owner on each
 * decision, a reminder once a review has waited too long; each once, to the right person, with a
 * link straight to the page, and none to someone who turned mail off. Through Quarkus's mock
 * mailbox; MailOverSmtpTest sends through a real SMTP server.
 */
@QuarkusTest
class MailTest extends ManagerAndLead {

    private static final String LEAD = "lead@jobdesk.example";
    private static final String MANAGER = "manager@jobdesk.example";

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxSender sender;

    @Inject
    ReviewReminders reminders;

    @AfterEach
    void mailOnAgain() {
        manager.get("/account");
        manager.post("/account/mail", Form.of("mail", "on")).assertSeeOther();
    }

    @Test
    void theReviewerHearsOfASubmissionAndTheOwnerOfEachDecision() {
        long id = completeDraft(manager, "Mailed Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        sender.sendDue(Instant.now());
        Mail review = only(LEAD, "Please review: “Mailed Engineer”");
        assertThat(review.getText()).startsWith("Hello Lena Lead,").contains("Maya Manager asks you to review",
                "http://localhost:8080/postings/" + id, "turn it off on your account page");

        requestChanges(lead, id, "Name the payment rails.").assertSeeOther();
        sender.sendDue(Instant.now());
        Mail changes = only(MANAGER, "Changes requested: “Mailed Engineer”");
        assertThat(changes.getText()).contains("Lena Lead asks for changes", "Name the payment rails.",
                "http://localhost:8080/postings/" + id + "/edit");

        submit(manager, id, "Lena Lead").assertSeeOther();
        step(lead, id, "approve").assertSeeOther();
        sender.sendDue(Instant.now());
        assertThat(sentTo(LEAD, "Please review: “Mailed Engineer”")).as("one per submission").hasSize(2);
        assertThat(only(MANAGER, "Approved: “Mailed Engineer”").getText()).contains("Publish it: ");
        assertThat(sender.sendDue(Instant.now())).as("nothing is sent twice").isZero();
    }

    @Test
    void someoneWhoTurnedMailOffGetsNone() {
        manager.get("/account");
        manager.post("/account/mail", Form.of()).assertSeeOther();
        assertThat(manager.get("/account").document().select("input[name=mail]").hasAttr("checked")).isFalse();
        long id = PostingSteps.approvedPosting(manager, lead, "Quiet Engineer");
        sender.sendDue(Instant.now());
        assertThat(sentTo(MANAGER, "Approved: “Quiet Engineer”")).isEmpty();
        assertThat(sentTo(LEAD, "Please review: “Quiet Engineer”")).hasSize(1);
        assertThat(id).isPositive();
    }

    @Test
    void aReviewThatWaitedTooLongRemindsItsReviewerOnceEvenWhenRunsRace() throws Exception {
        long id = completeDraft(manager, "Waiting Engineer");
        submit(manager, id, "Lena Lead").assertSeeOther();
        Instant submitted = QuarkusTransaction.requiringNew().call(() -> Posting.<Posting>findById(id).approvals().submittedAt());

        // Two working days: whatever the weekday, five calendar days cover them, one day never does.
        assertThat(reminders.remindAt(submitted.plus(Duration.ofHours(20)))).isZero();
        Instant late = submitted.plus(Duration.ofDays(5));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> reminders.remindAt(late));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> reminders.remindAt(late));
        assertThat(one.get() + other.get()).isGreaterThanOrEqualTo(1);
        assertThat(reminders.remindAt(late.plus(Duration.ofDays(1)))).as("once per submission").isZero();
        sender.sendDue(late);
        Mail reminder = only(LEAD, "Waiting for your review: “Waiting Engineer”");
        assertThat(reminder.getText()).contains("more than 2 working days ago", "/postings/" + id);
    }

    private Mail only(String to, String subject) {
        List<Mail> mails = sentTo(to, subject);
        assertThat(mails).as("mail to %s: %s", to, subject).hasSize(1);
        return mails.get(0);
    }

    private List<Mail> sentTo(String to, String subject) {
        List<Mail> mails = mailbox.getMailsSentTo(to);
        return mails == null ? List.of() : mails.stream().filter(mail -> subject.equals(mail.getSubject())).toList();
    }
}
