package dev.jobdesk.posting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Domain metrics at /q/metrics: postings by status (counted in the database, so every replica
 * reports the same), steps taken by kind, and how long postings wait for a lead's decision.
 */
@ApplicationScoped
public class PostingMetrics {

    private final MeterRegistry registry;
    private final Map<Status, AtomicLong> byStatus = new EnumMap<>(Status.class);
    private final Timer reviewWait;

    PostingMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Status status : Status.values()) {
            AtomicLong count = new AtomicLong();
            byStatus.put(status, count);
            Gauge.builder("jobdesk.postings", count, AtomicLong::get).description("Postings by status")
                    .tag("status", status.name()).register(registry);
        }
        this.reviewWait = Timer.builder("jobdesk.review.wait")
                .description("Time from submission to the lead's decision").register(registry);
    }

    void countAtStart(@Observes StartupEvent start) {
        refresh();
    }

    /** Queried rather than tracked, so that steps taken on other replicas count too. */
    @Scheduled(every = "30s", delayed = "30s")
    @Transactional
    void refresh() {
        byStatus.values().forEach(count -> count.set(0));
        List<Object[]> rows = Posting.getEntityManager()
                .createQuery("select p.status, count(p) from Posting p group by p.status", Object[].class).getResultList();
        for (Object[] row : rows) {
            byStatus.get((Status) row[0]).set((Long) row[1]);
        }
    }

    void stepTaken(@Observes PostingStep step) {
        registry.counter("jobdesk.posting.steps", "action", step.action().name()).increment();
        if (step.action() == Action.APPROVED || step.action() == Action.CHANGES_REQUESTED) {
            reviewWait.record(Duration.between(step.posting().approvals().submittedAt(), step.at()));
        }
    }
}
