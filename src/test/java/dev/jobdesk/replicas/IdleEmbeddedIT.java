package dev.jobdesk.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded default left alone longer than every timeout it has still works: a fresh install
 * whose pool has retired every connection, the one that ran the migrations included, whose sessions
 * and kept pages have expired and whose idle connections were closed, then the whole journey.
 * The timeouts are shortened from minutes to seconds; the wait is the point of this test.
 */
class IdleEmbeddedIT extends SingleReplica {

    private static final int PORT = 18115;

    IdleEmbeddedIT() {
        super(PORT);
    }
    private static final Map<String, String> SHORT_TIMEOUTS = Map.of(
            "QUARKUS_DATASOURCE_JDBC_MIN_SIZE", "0",
            "QUARKUS_DATASOURCE_JDBC_IDLE_REMOVAL_INTERVAL", "PT1S",
            "QUARKUS_DATASOURCE_JDBC_MAX_LIFETIME", "PT2S",
            "QUARKUS_HTTP_AUTH_FORM_TIMEOUT", "PT3S",
            "QUARKUS_HTTP_AUTH_FORM_NEW_COOKIE_INTERVAL", "PT1S",
            "QUARKUS_HTTP_IDLE_TIMEOUT", "PT2S",
            "JOBDESK_CAREERS_CACHE_TTL", "PT1S");

    @Test
    void theWholeJourneyWorksAfterEveryTimeoutHasPassed() throws Exception {
        assumeFalse(Replica.isPostgresBuild(), "the embedded default");
        replica = Replica.onH2(PORT, Path.of("target", "idle-h2-" + System.nanoTime()), SHORT_TIMEOUTS).start();
        WebClient earlier = WebClient.anonymous().at(PORT).signIn("manager", WebClient.DEMO_PASSWORD);
        earlier.get("/postings").assertStatus(200);

        Thread.sleep(8_000);

        assertThat(earlier.get("/postings").location()).as("a session idle past its timeout").isEqualTo("/login");
        WebClient manager = WebClient.anonymous().at(PORT).signIn("manager", WebClient.DEMO_PASSWORD);
        WebClient lead = WebClient.anonymous().at(PORT).signIn("lead", WebClient.DEMO_PASSWORD);
        String careersPath = PostingSteps.publishedPosting(manager, lead, "Published after a quiet spell");
        assertThat(WebClient.anonymous().at(PORT).get(careersPath).assertStatus(200).text())
                .contains("Published after a quiet spell");
        long sentBack = PostingSteps.completeDraft(manager, "Sent back after a quiet spell");
        PostingSteps.submit(manager, sentBack, "Lena Lead").assertSeeOther();
        PostingSteps.requestChanges(lead, sentBack, "One more thing.").assertSeeOther();
    }
}
