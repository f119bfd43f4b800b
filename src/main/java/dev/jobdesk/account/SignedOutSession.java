package dev.jobdesk.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A session its user signed out of, known by the user and the time they signed in. Kept until the
 * session would have ended by its absolute lifetime, after which no cookie of it is valid anyway.
 */
@Entity
@Table(name = "signed_out_session")
public class SignedOutSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;

    @Column(name = "login_at", nullable = false)
    public Instant loginAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    protected SignedOutSession() {
    }

    SignedOutSession(UserAccount user, Instant loginAt, Instant expiresAt) {
        this.user = user;
        this.loginAt = loginAt;
        this.expiresAt = expiresAt;
    }

    /** The sign-in times, in milliseconds, of the user's sessions that were signed out and could still be valid. */
    static Set<Long> loginTimesOf(String username, Instant now) {
        return getEntityManager()
                .createQuery("select s.loginAt from SignedOutSession s where s.user.username = ?1 and s.expiresAt > ?2",
                        Instant.class)
                .setParameter(1, username).setParameter(2, now).getResultStream()
                .map(Instant::toEpochMilli).collect(Collectors.toSet());
    }

    static boolean exists(UserAccount user, Instant loginAt) {
        return count("user = ?1 and loginAt = ?2", user, loginAt) > 0;
    }

    static long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
