package dev.jobdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A job runs on one replica at a time: whoever takes its lease first runs it; the rest skip. */
@QuarkusTest
class ClusterJobsTest {

    @Inject
    ClusterJobs jobs;

    @Test
    void whileOneRunHoldsTheLeaseTheOthersSkip() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(jobs.runAlone("test-held-lease", Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(jobs.runAlone("test-held-lease", Duration.ofMinutes(1), runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aSpentLeaseIsTakenAgain() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(jobs.runAlone("test-spent-lease", Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(jobs.runAlone("test-spent-lease", Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void replicasRacingForANewJobRunItOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            Callable<Boolean> race = () -> jobs.runAlone("test-raced-lease", Duration.ofMinutes(1), runs::incrementAndGet);
            for (Future<Boolean> ran : replicas.invokeAll(IntStream.range(0, 4).mapToObj(i -> race).toList())) {
                ran.get();
            }
        } finally {
            replicas.shutdown();
        }
        assertThat(runs).hasValue(1);
    }
}
