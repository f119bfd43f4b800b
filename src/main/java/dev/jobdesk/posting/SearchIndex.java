package dev.jobdesk.posting;

import dev.jobdesk.scheduling.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Makes live postings the search cannot find yet findable: those published before the search
 * existed, or written into the database by other means. Publishing indexes a posting itself; this
 * catches up soon after a start and then checks now and then, a batch at a time, on one replica.
 */
@ApplicationScoped
public class SearchIndex {

    private static final String JOB = "search-catch-up";
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    private final ClusterJobs jobs;
    private final Event<CareersChanged> careersChanged;

    SearchIndex(ClusterJobs jobs, Event<CareersChanged> careersChanged) {
        this.jobs = jobs;
        this.careersChanged = careersChanged;
    }

    @Scheduled(identity = JOB, every = "10m", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        jobs.runAlone(JOB, Duration.ofMinutes(9), this::indexThoseMissing);
    }

    /** Indexes every live posting that has no search words; says how many. */
    public int indexThoseMissing() {
        int indexed = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> {
                List<Long> missing = PublishedPostings.withoutSearchWords(BATCH);
                missing.forEach(id -> Posting.<Posting>findById(id).indexForSearch());
                if (!missing.isEmpty()) {
                    // Search pages kept before now would still not find them.
                    careersChanged.fire(new CareersChanged(missing.get(0)));
                }
                return missing.size();
            });
            indexed += done;
            if (done < BATCH) {
                break;
            }
        }
        if (indexed > 0) {
            LOG.infof("Made %d live posting(s) findable by the careers search.", indexed);
        }
        return indexed;
    }
}
