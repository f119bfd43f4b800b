package dev.jobdesk.account;

import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.domain.Sha256;
import dev.jobdesk.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Forgotten passwords. Asking always gets the same answer, whether an account matched or not, so
 * nobody learns who has one. A matched, enabled account is mailed a link that works once, for
 * {@link #LIFETIME}; requests are limited per account and per address within {@link #WINDOW}, so
 * nobody floods a mailbox.
 */
@ApplicationScoped
public class PasswordResets {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final Duration WINDOW = Duration.ofHours(1);

    private final SecureRandom random = new SecureRandom();
    private final PasswordPolicy policy;
    private final SessionStates sessions;
    private final Event<PasswordResetRequested> requested;
    private final JobdeskConfig config;
    private final PasswordHashing hashing;

    PasswordResets(PasswordPolicy policy, SessionStates sessions, Event<PasswordResetRequested> requested,
                   JobdeskConfig config, PasswordHashing hashing) {
        this.hashing = hashing;
        this.policy = policy;
        this.sessions = sessions;
        this.requested = requested;
        this.config = config;
    }

    /** Mails a reset link to the account {@code who} names (its username or email), if any and if allowed. */
    @Transactional
    public void request(String who, String address, Instant now) {
        Instant since = now.minus(WINDOW);
        long fromAddress = PasswordReset.count("address = ?1 and requestedAt > ?2", address, since);
        Optional<UserAccount> account = find(who);
        PasswordReset reset = new PasswordReset();
        reset.address = address;
        reset.requestedAt = now;
        reset.persist();
        if (fromAddress >= config.passwordReset().maxPerAddress() || account.isEmpty() || !account.get().enabled) {
            return;
        }
        UserAccount user = account.get();
        long forAccount = PasswordReset.count("account = ?1 and requestedAt > ?2", user, since);
        if (forAccount >= config.passwordReset().maxPerAccount()) {
            return;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        reset.account = user;
        reset.tokenHash = hash(token);
        reset.expiresAt = now.plus(LIFETIME);
        requested.fire(new PasswordResetRequested(user, config.publicUrl() + "/password-reset/new?token=" + token, now));
    }

    /** The reset a link's token opens, while it still works. */
    public Optional<PasswordReset> usable(String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return PasswordReset.<PasswordReset>find("tokenHash", hash(token)).firstResultOptional()
                .filter(reset -> reset.isUsable(now));
    }

    /**
     * Sets the new password through a link that still works, or says what is wrong; the link is
     * used up, and every session of the account ends.
     */
    @Transactional
    public FieldErrors reset(String token, String newPassword, String newPasswordAgain, Instant now) {
        FieldErrors errors = new FieldErrors();
        Optional<PasswordReset> reset = usable(token, now);
        if (reset.isEmpty()) {
            return errors.add("token", "This link has expired or was used already. Ask for a new one.");
        }
        UserAccount user = reset.get().account;
        policy.problemWith(newPassword, user.username).ifPresent(problem -> errors.add("newPassword", problem));
        if (!newPassword.equals(newPasswordAgain)) {
            errors.add("newPasswordAgain", "The two new passwords differ.");
        }
        if (errors.isEmpty()) {
            reset.get().usedAt = now;
            user.changePassword(hashing.hash(newPassword), now.truncatedTo(ChronoUnit.MILLIS));
            sessions.forget(user.username);
        }
        return errors;
    }

    private static Optional<UserAccount> find(String who) {
        String typed = who == null ? "" : who.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || typed.length() > UserAccount.MAX_EMAIL) {
            return Optional.empty();
        }
        return UserAccount.findByUsername(typed)
                .or(() -> UserAccount.<UserAccount>find("lower(email) = ?1", typed).firstResultOptional());
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }
}
