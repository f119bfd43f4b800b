package dev.jobdesk.replicas;

import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged production jar on one PostgreSQL database with one session key, as
 * behind a load balancer: a session started on one goes on on the other, a posting published on one
 * is on the other's careers page within seconds, racing writes have exactly one winner, and a
 * reminder goes out once though both replicas look for overdue reviews.
 * Runs in the PostgreSQL build's verify (failsafe), after the jar is packaged.
 */
class TwoReplicasIT {

    private static final int FIRST = 18101;
    private static final int SECOND = 18102;
    private static final String DATABASE = "jobdesk_replicas";

    /**
     * Both replicas look for overdue reviews every second, as two replicas would every quarter hour;
     * mail is kept, not sent, so the outbox shows what would have gone out.
     */
    private static final Map<String, String> QUICK_REMINDERS = Map.of("JOBDESK_MAIL_REMINDER_CHECK", "1s",
            "JOBDESK_MAIL_SEND", "false");

    private static Replica first;
    private static Replica second;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        Assumptions.assumeTrue(Replica.isPostgresBuild(), "two replicas need the PostgreSQL build: ./mvnw verify -Ppostgresql");
        Replica.recreateDatabase(DATABASE);
        first = Replica.onPostgres(FIRST, DATABASE).with(QUICK_REMINDERS).start();
        second = Replica.onPostgres(SECOND, DATABASE).with(QUICK_REMINDERS).start();
        Replica.addUser(DATABASE, "manager", "Maya Manager", "MANAGER");
        Replica.addUser(DATABASE, "lead", "Lena Lead", "LEAD");
        Replica.addUser(DATABASE, "lead2", "Luca Lead", "LEAD");
        Replica.addTeam(DATABASE, "Platform");
    }

    @AfterAll
    static void stopReplicas() throws InterruptedException {
        for (Replica replica : new Replica[] {first, second}) {
            if (replica != null) {
                replica.stop();
            }
        }
    }

    @Test
    void aSessionStartedOnOneReplicaGoesOnOnTheOther() {
        WebClient manager = signIn("manager", FIRST);
        manager.at(SECOND).get("/postings").assertStatus(200);
        long id = PostingSteps.cloneDraft(manager.at(SECOND));
        manager.at(FIRST).get("/postings/" + id + "/edit").assertStatus(200);
    }

    @Test
    void aPostingPublishedOnOneReplicaIsOnTheOthersCareersPageWithinSeconds() {
        WebClient manager = signIn("manager", FIRST);
        WebClient lead = signIn("lead", SECOND);
        long id = PostingSteps.completeDraft(manager, "Replicated posting " + System.nanoTime());
        PostingSteps.submit(manager, id, "Lena Lead").assertSeeOther();
        PostingSteps.step(lead, id, "approve").assertSeeOther();
        WebClient visitor = WebClient.anonymous().at(SECOND);
        visitor.get("/careers").assertStatus(200); // fills the second replica's page cache
        Instant published = Instant.now();
        PostingSteps.step(manager.at(FIRST), id, "publish").assertSeeOther();
        String path = PostingSteps.careersPath(manager, id);
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> visitor.get("/careers").html().contains("href=\"" + path + "\""));
        assertThat(Duration.between(published, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void twoApprovalsRacingOnBothReplicasHaveExactlyOneWinner() throws Exception {
        WebClient manager = signIn("manager", FIRST);
        long id = PostingSteps.completeDraft(manager, "Raced approval");
        PostingSteps.submit(manager, id, "Lena Lead").assertSeeOther();
        WebClient onFirst = signIn("lead", FIRST);
        WebClient onSecond = signIn("lead", SECOND);
        String seen = version(onFirst.get("/postings/" + id));
        onSecond.get("/postings/" + id);

        List<Integer> statuses = race(
                () -> onFirst.post("/postings/" + id + "/approve", "version", seen).status(),
                () -> onSecond.post("/postings/" + id + "/approve", "version", seen).status());
        assertThat(statuses).containsExactlyInAnyOrder(303, 409);
        assertThat(count("select count(*) from audit_event where posting_id = " + id + " and action = 'APPROVED'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from review_decision where posting_id = " + id)).isEqualTo(1);
    }

    @Test
    void aReviewWaitingTooLongIsRemindedOnceThoughBothReplicasLook() throws Exception {
        WebClient manager = signIn("manager", FIRST);
        long id = PostingSteps.completeDraft(manager, "Overdue review");
        PostingSteps.submit(manager, id, "Lena Lead").assertSeeOther();
        // Ten days ago is more than two working days in any week: the clock moves by moving the submission back.
        Replica.execute(DATABASE, "update posting set submitted_at = submitted_at - interval '10 days' where id = " + id);
        String reminders = "select count(*) from outbox_mail m join user_account u on u.id = m.recipient_id"
                + " where u.username = 'lead' and m.subject = 'Waiting for your review: “Overdue review”'";

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count(reminders) > 0);
        // Both replicas go on looking every second; the reminder stays one.
        Awaitility.await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> count(reminders) == 1);
    }

    @Test
    void twoSavesRacingOnBothReplicasNeverOverwriteSilently() throws Exception {
        WebClient first = signIn("manager", FIRST);
        long id = PostingSteps.completeDraft(first, "Raced save");
        WebClient second = signIn("manager", SECOND);
        Map<String, Object> mine = editForm(first, id);
        Map<String, Object> theirs = editForm(second, id);
        mine.put("reportsTo", "Saved on the first");
        theirs.put("reportsTo", "Saved on the second");

        List<Page> answers = race(() -> PostingSteps.save(first, id, mine), () -> PostingSteps.save(second, id, theirs));
        assertThat(answers).extracting(Page::status).containsExactlyInAnyOrder(303, 409);
        Page loser = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
        assertThat(loser.text()).contains("Someone saved this posting while you were editing");
        assertThat(count("select count(*) from audit_event where posting_id = " + id + " and action = 'EDITED'"))
                .isEqualTo(2); // completing the draft, then the one winning save
    }

    @SafeVarargs
    private static <T> List<T> race(Callable<T>... steps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(steps.length);
        try {
            List<Future<T>> running = pool.invokeAll(List.of(steps));
            return running.stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static WebClient signIn(String username, int port) {
        return WebClient.anonymous().at(port).signIn(username, Replica.PASSWORD);
    }

    private static long count(String query) throws SQLException {
        return Replica.count(DATABASE, query);
    }
}
