package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A live posting closes by itself once its closing date has ended in the company's time zone, exactly
 * once however many runs race, and leaves every public list. The tests hand the job the moment it
 * runs at, as a clock they control.
 */
@QuarkusTest
class ClosingDatesTest extends ManagerAndLead {

    @Inject
    ClosingDates closingDates;

    @Inject
    JobdeskConfig config;

    @Test
    void aPostingClosesWhenItsClosingDateHasEndedAndNotBefore() {
        ZoneId zone = config.timeZone();
        LocalDate closing = LocalDate.now(zone).plusDays(1);
        long id = publishedClosingOn("Closes By Itself", closing);
        String careersPath = PostingSteps.careersPath(manager, id);

        closingDates.closeThoseEndedBy(closing.atTime(23, 59, 59).atZone(zone).toInstant());
        assertThat(PostingSteps.status(manager, id)).as("during its last day").isEqualTo("published");
        WebClient.anonymous().get(careersPath).assertStatus(200);

        Instant dayAfter = closing.plusDays(1).atStartOfDay(zone).toInstant().plusSeconds(1);
        closingDates.closeThoseEndedBy(dayAfter);
        assertThat(PostingSteps.status(manager, id)).isEqualTo("closed");
        WebClient anonymous = WebClient.anonymous();
        assertThat(anonymous.get(careersPath).assertStatus(410).text()).contains("This position is closed");
        assertThat(anonymous.get("/careers").html()).doesNotContain(careersPath);
        assertThat(anonymous.get("/sitemaps/careers-1.xml").html()).doesNotContain(careersPath);
        assertThat(anonymous.get("/feeds/jobs.xml").html()).doesNotContain(careersPath);

        closingDates.closeThoseEndedBy(dayAfter.plusSeconds(60));
        Page posting = manager.get("/postings/" + id);
        assertThat(posting.text()).contains("Closed by Jobdesk", "Its closing date, " + closing + ", has passed.");
        assertThat(timesClosed(posting)).as("closed once, however often the job runs").isEqualTo(1);
    }

    @Test
    void runsRacingOnTwoReplicasCloseItOnce() throws Exception {
        ZoneId zone = config.timeZone();
        LocalDate closing = LocalDate.now(zone);
        long id = publishedClosingOn("Closes Once", closing);
        Instant dayAfter = closing.plusDays(1).atStartOfDay(zone).toInstant().plusSeconds(1);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<?>[] runs = new CompletableFuture<?>[2];
        for (int run = 0; run < runs.length; run++) {
            runs[run] = CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                closingDates.closeThoseEndedBy(dayAfter);
            });
        }
        start.countDown();
        CompletableFuture.allOf(runs).get();
        assertThat(PostingSteps.status(manager, id)).isEqualTo("closed");
        assertThat(timesClosed(manager.get("/postings/" + id))).isEqualTo(1);
    }

    private long publishedClosingOn(String title, LocalDate closing) {
        long id = PostingSteps.completeDraft(manager, title);
        Map<String, Object> form = PostingSteps.editForm(manager, id);
        form.put("closingDate", closing.toString());
        PostingSteps.save(manager, id, form).assertSeeOther();
        PostingSteps.publish(manager, lead, id);
        return id;
    }

    private static long timesClosed(Page posting) {
        return posting.document().select("#history li, .history li").stream()
                .filter(entry -> entry.text().startsWith("Closed")).count();
    }
}
