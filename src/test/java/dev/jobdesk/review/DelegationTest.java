package dev.jobdesk.review;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.requestChanges;
import static dev.jobdesk.support.PostingSteps.status;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.Role;
import dev.jobdesk.mail.OutboxSender;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.People;
import dev.jobdesk.support.WebClient;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lead who will be away names a delegate for a period: the delegate sees the lead's queue beside
 * their own and decides in their place, only within the period. Each test has its own away lead.
 */
@QuarkusTest
class DelegationTest {

    private static final AtomicInteger LEADS = new AtomicInteger();

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    private String awayName;
    private WebClient away;
    private WebClient manager;
    private WebClient lead2;

    @BeforeEach
    void signIn() {
        int n = LEADS.incrementAndGet();
        awayName = "Avery Away " + n;
        People.account("away-lead-" + n, awayName, Role.LEAD);
        away = People.signedInAs("away-lead-" + n);
        manager = WebClient.signedInAs("manager");
        lead2 = WebClient.signedInAs("lead2");
    }

    @Test
    void theDelegateDecidesInPlaceOfTheLeadWhileTheyAreAway() {
        nameDelegate(LocalDate.now().minusDays(1), LocalDate.now().plusDays(5)).assertSeeOther();
        assertThat(away.get("/account").text()).contains("Luca Lead reviews for you");
        long id = completeDraft(manager, "Delegated Review Engineer " + awayName);
        submit(manager, id, awayName).assertSeeOther();

        Page queue = lead2.get("/reviews");
        assertThat(queue.text()).contains("Delegated Review Engineer " + awayName, "For " + awayName + ", who is away");
        assertThat(lead2.get("/postings/" + id).assertStatus(200).text())
                .contains("You review this in place of " + awayName + ", who is away.");
        requestChanges(lead2, id, "Name the on-call rota.").assertSeeOther();
        assertThat(status(manager, id)).isEqualTo("changes-requested");
        assertThat(manager.get("/postings/" + id).text()).contains("In place of " + awayName + ", who is away. Name the on-call rota.");

        sender.sendDue(Instant.now());
        assertThat(mailbox.getMailsSentTo("lead2@jobdesk.example")).extracting(Mail::getSubject)
                .contains(awayName + " asks you to review for them", "Please review: “Delegated Review Engineer " + awayName + "”");
    }

    @Test
    void outsideThePeriodOrOnceEndedTheDelegateDoesNotSeeTheLeadsQueue() {
        nameDelegate(LocalDate.now().plusDays(2), LocalDate.now().plusDays(4)).assertSeeOther();
        long id = completeDraft(manager, "Not Yet Delegated Engineer " + awayName);
        submit(manager, id, awayName).assertSeeOther();
        assertThat(lead2.get("/reviews").text()).doesNotContain("Not Yet Delegated Engineer");
        assertThat(lead2.get("/postings/" + id).status()).isEqualTo(404);

        nameDelegate(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)).assertSeeOther();
        lead2.get("/postings/" + id).assertStatus(200);
        away.get("/account");
        away.post("/account/delegate/end", Form.of()).assertSeeOther();
        assertThat(away.get("/account").text()).contains("Name an engineering lead who reviews for you");
        assertThat(lead2.get("/postings/" + id).status()).isEqualTo(404);
        assertThat(requestChanges(away, id, "Back, and deciding myself.").status()).isEqualTo(303);
    }

    @Test
    void aDelegationIsRefusedWithAMessagePerFieldAndWhatWasTypedKept() {
        Page page = away.get("/account");
        assertThat(page.document().select("#delegate option").eachText()).contains("Luca Lead")
                .doesNotContain(awayName, "Maya Manager", "Ada Admin");
        String friday = LocalDate.now().plusDays(4).toString();
        Page refused = away.post("/account/delegate", Form.of("delegate", "", "startsOn", friday,
                "endsOn", LocalDate.now().plusDays(2).toString())).assertStatus(400);
        assertThat(refused.text()).contains("Choose one of the engineering leads offered.", "The last day comes on or after the first.");
        assertThat(refused.fieldValue("startsOn")).isEqualTo(friday);
        String luca = page.optionValue("delegate", "Luca Lead");
        assertThat(away.post("/account/delegate", Form.of("delegate", luca, "startsOn", "tomorrow", "endsOn", ""))
                .assertStatus(400).text()).contains("Enter a day as 2026-12-24.", "Enter a day.");
        assertThat(away.post("/account/delegate", Form.of("delegate", luca, "startsOn", LocalDate.now().toString(),
                "endsOn", LocalDate.now().plusYears(2).toString())).assertStatus(400).text()).contains("At most a year ahead");
        assertThat(away.post("/account/delegate", Form.of("delegate", luca, "startsOn", LocalDate.now().minusDays(9).toString(),
                "endsOn", LocalDate.now().minusDays(3).toString())).assertStatus(400).text()).contains("The last day has passed");
        assertThat(away.get("/account").text()).contains("Name an engineering lead who reviews for you");
    }

    private Page nameDelegate(LocalDate from, LocalDate to) {
        Page page = away.get("/account");
        return away.post("/account/delegate", Form.of("delegate", page.optionValue("delegate", "Luca Lead"),
                "startsOn", from.toString(), "endsOn", to.toString()));
    }
}
