package dev.jobdesk.posting;

import dev.jobdesk.company.Company;
import dev.jobdesk.scheduling.ClusterJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Closing dates do their job: a live posting closes by itself once its closing date has ended in
 * the company's time zone, and so leaves the careers list, the sitemap, the feeds and the API, its
 * address answering 410. Checked every minute by one replica at a time.
 */
@ApplicationScoped
public class ClosingDates {

    static final String JOB = "close-at-closing-date";
    /** A little under the schedule, so that exactly one replica runs each minute's check. */
    private static final Duration LEASE = Duration.ofSeconds(50);
    private static final Logger LOG = Logger.getLogger(ClosingDates.class);

    private final PostingService postings;
    private final ClusterJobs jobs;
    private final Company company;

    ClosingDates(PostingService postings, ClusterJobs jobs, Company company) {
        this.postings = postings;
        this.jobs = jobs;
        this.company = company;
    }

    @Scheduled(identity = JOB, every = "1m", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMinute() {
        jobs.runAlone(JOB, LEASE, () -> closeThoseEndedBy(Instant.now()));
    }

    /** Closes every live posting whose closing date ended before {@code now}; says how many it closed. */
    @ActivateRequestContext
    public int closeThoseEndedBy(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, company.timeZone());
        int closed = 0;
        for (long id : PublishedPostings.pastClosingDate(today)) {
            // Each in a transaction of its own: one that fails leaves the others closed.
            try {
                if (postings.closeAtClosingDate(id, now)) {
                    closed++;
                }
            } catch (OptimisticLockException closedMeanwhile) {
                LOG.debugf("Posting %d changed while it was being closed; it is closed or live as that change left it.", id);
            }
        }
        if (closed > 0) {
            LOG.infof("Closed %d posting(s) whose closing date has passed.", closed);
        }
        return closed;
    }
}
