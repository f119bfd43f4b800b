package dev.jobdesk.mail;

import dev.jobdesk.account.ReviewDelegation;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.company.Company;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.Status;
import dev.jobdesk.scheduling.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Reminds a reviewer of a posting that has waited on them longer than the configured working days,
 * once per submission, on one replica. The tests hand it the moment it runs at, as a clock they control.
 */
@ApplicationScoped
public class ReviewReminders {

    static final String JOB = "review-reminders";
    private static final Logger LOG = Logger.getLogger(ReviewReminders.class);

    private final ClusterJobs jobs;
    private final Outbox outbox;
    private final JobdeskConfig config;
    private final Company company;

    ReviewReminders(ClusterJobs jobs, Outbox outbox, JobdeskConfig config, Company company) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.config = config;
        this.company = company;
    }

    @Scheduled(identity = JOB, every = "{jobdesk.mail.reminder-check}", delayed = "{jobdesk.mail.reminder-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        // A lease a little shorter than the interval: each interval, one replica looks, whichever comes first.
        Duration interval = config.mail().reminderCheck();
        jobs.runAlone(JOB, interval.minus(interval.dividedBy(10)), () -> remindAt(Instant.now()));
    }

    /** Writes a reminder for every review waiting too long by {@code now}; says how many. */
    public int remindAt(Instant now) {
        List<Long> waiting = QuarkusTransaction.requiringNew().call(() -> Posting.getEntityManager().createQuery("""
                        select p.id from Posting p where (p.status = :inReview or p.correction.status = :inReview)
                        and p.approvals.submittedAt is not null and not exists (select 1 from ReviewReminder r
                            where r.submission.postingId = p.id and r.submission.submittedAt = p.approvals.submittedAt)
                        order by p.approvals.submittedAt""", Long.class)
                .setParameter("inReview", Status.IN_REVIEW).getResultList());
        int reminded = 0;
        for (long id : waiting) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> remind(id, now))) {
                    reminded++;
                }
            } catch (PersistenceException remindedMeanwhile) {
                LOG.debugf("Posting %d's reviewer was reminded by another run meanwhile.", id);
            }
        }
        return reminded;
    }

    private boolean remind(long id, Instant now) {
        Posting posting = Posting.findById(id);
        if (posting == null || posting.status() != Status.IN_REVIEW || posting.approvals().reviewer() == null) {
            return false;
        }
        int days = config.mail().reminderWorkingDays();
        if (now.isBefore(WorkingDays.after(posting.approvals().submittedAt(), days, company.timeZone()))) {
            return false;
        }
        ReviewReminder.of(posting, now).persist();
        String title = "“" + posting.workingContent().title() + "”";
        UserAccount reviewer = posting.approvals().reviewer();
        // A lead who is away is not the one to remind: whoever reviews for them meanwhile is.
        UserAccount reminded = ReviewDelegation.standIn(reviewer, LocalDate.ofInstant(now, company.timeZone()))
                .orElse(reviewer);
        String asked = reminded.id.equals(reviewer.id) ? "you" : reviewer.displayName + ", for whom you review while they are away,";
        outbox.write(reminded, "Waiting for your review: " + title,
                posting.owner().displayName + " asked " + asked + " to review " + title + " more than " + days
                        + " working days ago, and it is still waiting for a decision.\n\nRead it and decide: "
                        + outbox.link("/postings/" + posting.id()), now);
        // Written now, so that a reminder raced by another replica fails here rather than at commit.
        ReviewReminder.flush();
        return true;
    }
}
