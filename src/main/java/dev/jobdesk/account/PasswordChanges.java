package dev.jobdesk.account;

import dev.jobdesk.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A signed-in user changing their own password. The current password is asked for, so a borrowed
 * session cannot take the account over, and wrong guesses count against the account like failed
 * sign-ins. A new password signs the user out everywhere else.
 */
@ApplicationScoped
public class PasswordChanges {

    /** What the form says, and the address it came from. */
    public record Change(String currentPassword, String newPassword, String newPasswordAgain, String clientAddress) {
    }

    private final CurrentUser currentUser;
    private final PasswordPolicy policy;
    private final BruteForceGuard bruteForce;
    private final SessionStates sessions;
    private final PasswordHashing hashing;

    PasswordChanges(CurrentUser currentUser, PasswordPolicy policy, BruteForceGuard bruteForce, SessionStates sessions,
                    PasswordHashing hashing) {
        this.hashing = hashing;
        this.currentUser = currentUser;
        this.policy = policy;
        this.bruteForce = bruteForce;
        this.sessions = sessions;
    }

    /**
     * Changes the password, or says field by field what is wrong and changes nothing. On success,
     * the time from which sessions are valid again: the caller's own session must be renewed to it.
     */
    @Transactional
    public Result change(Change change) {
        UserAccount user = currentUser.account();
        FieldErrors errors = new FieldErrors();
        // Counted like a sign-in from where it is typed: guesses made elsewhere cannot block the owner here.
        if (bruteForce.admit(user.username, change.clientAddress()).refused()) {
            errors.add("currentPassword", "Too many wrong passwords: try again in "
                    + bruteForce.lock().toMinutes() + " minutes.");
        } else if (!user.hasPassword(change.currentPassword())) {
            errors.add("currentPassword", "This is not your current password.");
        } else {
            bruteForce.succeeded(user.username, change.clientAddress());
        }
        policy.problemWith(change.newPassword(), user.username)
                .ifPresent(problem -> errors.add("newPassword", problem));
        if (!errors.has("newPassword") && change.newPassword().equals(change.currentPassword())) {
            errors.add("newPassword", "Choose a password different from the current one.");
        }
        if (!change.newPassword().equals(change.newPasswordAgain())) {
            errors.add("newPasswordAgain", "The two new passwords differ.");
        }
        if (!errors.isEmpty()) {
            return new Result(errors, Optional.empty());
        }
        // Milliseconds, as the login-time cookie keeps them: the renewed session must not predate this.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        user.changePassword(hashing.hash(change.newPassword()), now);
        sessions.forget(user.username);
        return new Result(errors, Optional.of(now));
    }

    /** Either errors, or the moment the password changed. */
    public record Result(FieldErrors errors, Optional<Instant> changedAt) {
    }
}
