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

/**
 * One request to reset a forgotten password. For an account it matched, the hash of the link's
 * token: the token itself is only ever in the mail.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    public UserAccount account;

    @Column(nullable = false, length = 64)
    public String address;

    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    public boolean isUsable(Instant now) {
        return account != null && usedAt == null && expiresAt != null && now.isBefore(expiresAt);
    }
}
