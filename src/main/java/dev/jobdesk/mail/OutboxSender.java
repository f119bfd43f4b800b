package dev.jobdesk.mail;

import dev.jobdesk.scheduling.ClusterJobs;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds, once each: every mail is taken under a row lock and marked sent in
 * the same transaction, so two replicas, or a run that overlaps the last one, never send it twice.
 * A mail that fails is tried again later (see {@link OutboxMail#failed}).
 */
@ApplicationScoped
public class OutboxSender {

    static final String JOB = "send-mail";
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    private final Mailer mailer;
    private final ClusterJobs jobs;

    OutboxSender(Mailer mailer, ClusterJobs jobs) {
        this.mailer = mailer;
        this.jobs = jobs;
    }

    @Scheduled(identity = JOB, every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyFewSeconds() {
        jobs.runAlone(JOB, Duration.ofSeconds(4), () -> sendDue(Instant.now()));
    }

    /** Sends every mail due by {@code now}; says how many went out. */
    public int sendDue(Instant now) {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> OutboxMail.getEntityManager().createQuery("""
                        select m.id from OutboxMail m where m.state = :pending and m.nextAttemptAt <= :now
                        order by m.nextAttemptAt, m.id""", Long.class)
                .setParameter("pending", OutboxMail.State.PENDING).setParameter("now", now)
                .setMaxResults(BATCH).getResultList());
        int sent = 0;
        for (long id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> send(id, now))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long id, Instant now) {
        OutboxMail mail = OutboxMail.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.state != OutboxMail.State.PENDING || mail.nextAttemptAt.isAfter(now)) {
            return false;
        }
        try {
            mailer.send(Mail.withText(mail.toAddress, mail.subject, mail.body));
            mail.sent(now);
            return true;
        } catch (RuntimeException failure) {
            LOG.warnf("Mail %d to %s failed (attempt %d): %s", mail.id, mail.toAddress, mail.attempts + 1,
                    failure.getMessage());
            mail.failed(failure.getMessage(), now);
            return false;
        }
    }
}
