package dev.jobdesk.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one subject: an account ({@code user:name}) or a client address
 * ({@code address:1.2.3.4}). Too many within the window locks the subject for a while.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PanacheEntityBase {

    @Id
    @Column(length = 300)
    public String subject;

    @Column(nullable = false)
    public int failures;

    @Column(name = "window_started_at", nullable = false)
    public Instant windowStartedAt;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    protected LoginThrottle() {
    }

    LoginThrottle(String subject, Instant now) {
        this.subject = subject;
        this.windowStartedAt = now;
    }

    /** Counts a failure; the {@code limit}-th within {@code window} locks the subject for {@code lock}. */
    void fail(Instant now, int limit, Duration window, Duration lock) {
        if (windowStartedAt.plus(window).isBefore(now)) {
            windowStartedAt = now;
            failures = 0;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(lock);
        }
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
