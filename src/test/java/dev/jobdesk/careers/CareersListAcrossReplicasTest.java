package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.posting.CareersChanged;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The careers list reads the site's version from the database at most once a second: this replica's
 * own changes show at once, another replica's within seconds. Each look here first empties this
 * replica's page cache, so the answer is made from the listing.
 */
@QuarkusTest
class CareersListAcrossReplicasTest {

    @Inject
    CareersCache cache;

    @Inject
    EntityManager database;

    @Test
    void aPostingClosedOnAnotherReplicaLeavesTheListWithinSeconds() {
        WebClient manager = WebClient.signedInAs("manager");
        WebClient lead = WebClient.signedInAs("lead");
        long id = PostingSteps.completeDraft(manager, "Pangolin Elsewhere Engineer");
        String careersPath = PostingSteps.publish(manager, lead, id);
        assertThat(look()).as("this replica's publication shows at once").contains("href=\"" + careersPath + "\"");

        closeAsAnotherReplicaWould(id);

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !look().contains("href=\"" + careersPath + "\""));
    }

    @Test
    void thisReplicasClosingLeavesTheListAtOnce() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.completeDraft(manager, "Pangolin Here Engineer");
        String careersPath = PostingSteps.publish(manager, WebClient.signedInAs("lead"), id);
        assertThat(look()).contains("href=\"" + careersPath + "\"");

        PostingSteps.step(manager, id, "close").assertSeeOther();

        assertThat(look()).doesNotContain("href=\"" + careersPath + "\"");
    }

    private String look() {
        cache.clear(new CareersChanged(null));
        return WebClient.anonymous().get("/careers?q=pangolin").assertStatus(200).html();
    }

    /** What closing it does to the row, without the event that tells this replica. */
    private void closeAsAnotherReplicaWould(long postingId) {
        QuarkusTransaction.requiringNew().run(() -> assertThat(database.createNativeQuery("""
                        update posting set status = 'CLOSED', version = version + 1, updated_at = current_timestamp
                        where id = ?1""").setParameter(1, postingId).executeUpdate()).isEqualTo(1));
    }
}
