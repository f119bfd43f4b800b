package dev.jobdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A mail that fails is tried again later, a little later each time, and given up on after six tries;
 * a review waits in working days.
 */
class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aFailedMailWaitsLongerEachTimeThenIsGivenUpOn() {
        UserAccount lead = new UserAccount();
        lead.email = "lead@example.com";
        OutboxMail mail = OutboxMail.to(lead, "Subject", "Body", true, NOW);
        assertThat(mail.state).isEqualTo(OutboxMail.State.PENDING);
        assertThat(mail.nextAttemptAt).isEqualTo(NOW);

        mail.failed("Connection refused", NOW);
        assertThat(mail.state).isEqualTo(OutboxMail.State.PENDING);
        assertThat(mail.nextAttemptAt).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        mail.failed("Connection refused", NOW);
        assertThat(mail.nextAttemptAt).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        for (int attempt = 3; attempt <= OutboxMail.MAX_ATTEMPTS; attempt++) {
            mail.failed("Connection refused", NOW);
        }
        assertThat(mail.state).isEqualTo(OutboxMail.State.FAILED);
        assertThat(mail.attempts).isEqualTo(OutboxMail.MAX_ATTEMPTS);
        assertThat(mail.lastError).isEqualTo("Connection refused");
        assertThat(mail.nextAttemptAt).isNull();
    }

    @Test
    void aSentMailCountsItsAttemptAndForgetsAnEarlierError() {
        UserAccount lead = new UserAccount();
        lead.email = "lead@example.com";
        OutboxMail mail = OutboxMail.to(lead, "Subject", "Body", true, NOW);
        mail.failed("Connection refused", NOW);
        mail.sent(NOW.plusSeconds(60));
        assertThat(mail.state).isEqualTo(OutboxMail.State.SENT);
        assertThat(mail.attempts).isEqualTo(2);
        assertThat(mail.sentAt).isEqualTo(NOW.plusSeconds(60));
        assertThat(mail.lastError).isNull();
        assertThat(mail.nextAttemptAt).isNull();
        assertThat(OutboxMail.to(lead, "S".repeat(OutboxMail.MAX_SUBJECT), "Body", true, NOW).subject)
                .as("a subject at the limit is kept whole").hasSize(OutboxMail.MAX_SUBJECT).doesNotEndWith("…");
    }

    @Test
    void whereMailIsKeptItIsNeverDue() {
        UserAccount lead = new UserAccount();
        lead.email = "lead@example.com";
        OutboxMail kept = OutboxMail.to(lead, "S".repeat(400), "Body", false, NOW);
        assertThat(kept.state).isEqualTo(OutboxMail.State.KEPT);
        assertThat(kept.nextAttemptAt).isNull();
        assertThat(kept.subject).hasSize(OutboxMail.MAX_SUBJECT).endsWith("…");
    }

    @Test
    void twoWorkingDaysSkipTheWeekend() {
        ZoneId lisbon = ZoneId.of("Europe/Lisbon");
        Instant friday = Instant.parse("2026-12-04T10:00:00Z");
        assertThat(WorkingDays.after(friday, 2, lisbon)).isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
        Instant saturday = Instant.parse("2026-12-05T15:00:00Z");
        assertThat(WorkingDays.after(saturday, 2, lisbon)).isEqualTo(Instant.parse("2026-12-09T00:00:00Z"));
        Instant monday = Instant.parse("2026-11-30T09:00:00Z");
        assertThat(WorkingDays.after(monday, 2, lisbon)).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
    }
}
