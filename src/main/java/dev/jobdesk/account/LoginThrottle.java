package dev.jobdesk.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one subject within a window: a client address ({@code address:1.2.3.4}), an
 * account tried from anywhere ({@code account:name}), or an account tried from one address
 * ({@code pair:1.2.3.4|name}). Too many lock the subject for a while, where a limit applies.
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

    /** Takes back a failure counted for a try that turned out right: it can neither lock nor keep a lock. */
    void forgive(int limit) {
        failures = Math.max(0, failures - 1);
        if (failures < limit) {
            lockedUntil = null;
        }
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Rows whose failures are forgotten and whose lock has passed: unknown names and addresses leave no trace. */
    static long deleteSpent(Instant now, Duration window) {
        return delete("windowStartedAt < ?1 and (lockedUntil is null or lockedUntil < ?2)", now.minus(window), now);
    }
}
