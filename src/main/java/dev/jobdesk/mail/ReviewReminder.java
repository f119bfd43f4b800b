package dev.jobdesk.mail;

import dev.jobdesk.posting.Posting;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * That a reviewer was reminded of one submission. Its key is the submission, so a second reminder
 * for it, from this replica or another, cannot be written.
 */
@Entity
@Table(name = "review_reminder")
public class ReviewReminder extends PanacheEntityBase {

    /** A posting's submission for review, known by when it was made. */
    @Embeddable
    public static class Submission implements Serializable {

        @Column(name = "posting_id")
        public Long postingId;

        @Column(name = "submitted_at")
        public Instant submittedAt;

        protected Submission() {
        }

        Submission(Long postingId, Instant submittedAt) {
            this.postingId = postingId;
            this.submittedAt = submittedAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Submission that && Objects.equals(postingId, that.postingId)
                    && Objects.equals(submittedAt, that.submittedAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(postingId, submittedAt);
        }
    }

    @EmbeddedId
    public Submission submission;

    @Column(name = "reminded_at", nullable = false)
    public Instant remindedAt;

    protected ReviewReminder() {
    }

    static ReviewReminder of(Posting posting, Instant now) {
        ReviewReminder reminder = new ReviewReminder();
        reminder.submission = new Submission(posting.id(), posting.approvals().submittedAt());
        reminder.remindedAt = now;
        return reminder;
    }
}
