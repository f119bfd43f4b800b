package dev.jobdesk.scheduling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Scheduled jobs that must run on one replica at a time, however many run the schedule: each run
 * first takes the job's lease in the database, and the replicas that find it held skip that run.
 * The lease is kept for its whole length, so a job scheduled every minute with a lease of a little
 * less runs once a minute across all replicas.
 */
@ApplicationScoped
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class);

    /** This replica, as the lease table names it. */
    private final String replica = UUID.randomUUID().toString();

    /** Runs {@code job} when no replica holds the lease of {@code name}; true when it ran here. */
    public boolean runAlone(String name, Duration lease, Runnable job) {
        if (!take(name, lease, Instant.now())) {
            return false;
        }
        job.run();
        return true;
    }

    boolean take(String name, Duration lease, Instant now) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (JobLease.findById(name) == null) {
                    JobLease first = new JobLease();
                    first.name = name;
                    first.heldUntil = Instant.EPOCH;
                    first.holder = replica;
                    first.persist();
                    JobLease.flush();
                }
                return JobLease.update("heldUntil = ?1, holder = ?2 where name = ?3 and heldUntil <= ?4",
                        now.plus(lease), replica, name, now) == 1;
            });
        } catch (PersistenceException raced) {
            // Another replica made the job's first lease at the same moment: it runs this time.
            LOG.debugf("Lease of %s taken elsewhere: %s", name, raced.getMessage());
            return false;
        }
    }
}
