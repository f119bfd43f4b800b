package dev.jobdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.mail.OutboxSender;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.People;
import dev.jobdesk.support.WebClient;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Forgot your password? A single-use, short-lived link by mail, the same answer whether or not the
 * account exists, limits per account and per address; and an admin's temporary password that must
 * be replaced at the next sign-in.
 */
@QuarkusTest
class PasswordResetTest {

    private static final String OLD = "quiet-harbour-lantern-4";
    private static final String NEW = "amber-orchard-violin-9";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/password-reset/new\\?token=[A-Za-z0-9_-]+)");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxSender sender;

    @Inject
    PasswordResets resets;

    @Test
    void aLinkByMailSetsANewPasswordOnceAndEndsEverySession() {
        String username = newUser();
        WebClient before = WebClient.anonymous().signIn(username, OLD);
        WebClient visitor = WebClient.anonymous();
        assertThat(visitor.get("/login").html()).contains("href=\"/password-reset\"", "Forgot your password?");
        visitor.get("/password-reset").assertStatus(200);
        assertThat(visitor.post("/password-reset", Form.of("who", username.toUpperCase() + " ")).assertSeeOther())
                .isEqualTo("/login");
        assertThat(visitor.get("/login").text()).contains(PasswordResetResource.ASKED);

        String link = linkMailedTo(username);
        Page choose = visitor.get(link).assertStatus(200);
        String token = choose.document().selectFirst("input[name=token]").val();
        Page weak = visitor.post("/password-reset/new", Form.of("token", token, "newPassword", "short",
                "newPasswordAgain", "short")).assertStatus(400);
        assertThat(weak.text()).contains("Use at least 12 characters.");
        visitor.post("/password-reset/new", Form.of("token", token, "newPassword", NEW, "newPasswordAgain", NEW))
                .assertSeeOther();

        assertThat(before.get("/account").status()).as("the session from before is over").isEqualTo(302);
        WebClient.anonymous().signIn(username, NEW).get("/account").assertStatus(200);
        assertThat(visitor.get(link).status()).as("used once").isEqualTo(410);
        assertThat(visitor.post("/password-reset/new", Form.of("token", token, "newPassword", OLD,
                "newPasswordAgain", OLD)).status()).isEqualTo(410);
        assertThat(visitor.get("/password-reset/new?token=made-up").status()).isEqualTo(410);
    }

    @Test
    void theAnswerIsTheSameForAnAccountThatDoesNotExistAndNoMailGoesOut() {
        WebClient visitor = WebClient.anonymous();
        visitor.get("/password-reset");
        String location = visitor.post("/password-reset", Form.of("who", "nobody-" + SEQUENCE.incrementAndGet()))
                .assertSeeOther();
        assertThat(location).isEqualTo("/login");
        assertThat(visitor.get("/login").text()).contains(PasswordResetResource.ASKED);
    }

    @Test
    void anAccountGetsAFewLinksAnHourAndAnAddressALimitedNumberOfRequests() {
        String username = newUser();
        Instant now = Instant.now();
        for (int request = 0; request < 5; request++) {
            resets.request(username, "198.51.100." + SEQUENCE.incrementAndGet(), now);
        }
        sender.sendDue(Instant.now());
        assertThat(mailsTo(username)).as("three an hour per account").hasSize(3);

        String address = "203.0.113." + SEQUENCE.incrementAndGet();
        for (int request = 0; request < 50; request++) {
            resets.request("nobody-" + request, address, now);
        }
        String other = newUser();
        resets.request(other, address, now);
        sender.sendDue(Instant.now());
        assertThat(mailsTo(other)).as("the address asked too often").isEmpty();
    }

    @Test
    void aDisabledAccountGetsNoLink() {
        String username = newUser();
        QuarkusTransaction.requiringNew().run(() -> UserAccount.findByUsername(username).orElseThrow().enabled = false);
        resets.request(username, "192.0.2." + SEQUENCE.incrementAndGet(), Instant.now());
        sender.sendDue(Instant.now());
        assertThat(mailsTo(username)).isEmpty();
    }

    @Test
    void aTemporaryPasswordMustBeReplacedAtTheNextSignIn() {
        String username = newUser();
        long id = QuarkusTransaction.requiringNew().call(() -> UserAccount.findByUsername(username).orElseThrow().id);
        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/users/" + id);
        Page weak = admin.post("/admin/users/" + id + "/temporary-password", Form.of("password", "password",
                "passwordAgain", "password")).assertStatus(400);
        assertThat(weak.html()).contains("id=\"password-error\"");
        admin.post("/admin/users/" + id + "/temporary-password", Form.of("password", NEW, "passwordAgain", NEW))
                .assertSeeOther();

        WebClient person = WebClient.anonymous().signIn(username, NEW);
        assertThat(person.get("/postings").assertSeeOther()).isEqualTo("/account");
        Page account = person.get("/account").assertStatus(200);
        assertThat(account.text()).contains("Choose your own password first",
                "You signed in with a temporary password an admin set.");
        // The account page is drawn with its stylesheet, not sent back to itself.
        person.get("/assets/jobdesk.css").assertStatus(200);
        person.post("/account/password", Form.of("currentPassword", NEW, "newPassword", OLD,
                "newPasswordAgain", OLD)).assertSeeOther();
        person.get("/postings").assertStatus(200);
    }

    private String linkMailedTo(String username) {
        sender.sendDue(Instant.now());
        List<Mail> mails = mailsTo(username);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Choose a new Jobdesk password");
        Matcher link = LINK.matcher(mails.get(0).getText());
        assertThat(link.find()).as(mails.get(0).getText()).isTrue();
        return link.group(1);
    }

    private List<Mail> mailsTo(String username) {
        List<Mail> mails = mailbox.getMailsSentTo(username + "@example.com");
        return mails == null ? List.of() : mails;
    }

    private static String newUser() {
        String username = "reset-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        People.accountWithPassword(username, OLD, "Reset Person", Role.MANAGER);
        return username;
    }
}
