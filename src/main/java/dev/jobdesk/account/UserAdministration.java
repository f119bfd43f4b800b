package dev.jobdesk.account;

import dev.jobdesk.domain.AdminAction;
import dev.jobdesk.domain.AdminStep;
import dev.jobdesk.web.Addresses;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.TypedText;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/** What an admin does with accounts: create them, disable and enable them, end their sessions. */
@ApplicationScoped
public class UserAdministration {

    /**
     * A new account as the admin typed it, cleaned of what a reader cannot see; the passwords are
     * kept exactly as typed.
     */
    public record NewUser(
            @RestForm @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
                    message = "Use 3 to 64 lower-case letters, digits, dots, dashes or underscores.") String username,
            @RestForm @NotBlank @Size(max = UserAccount.MAX_DISPLAY_NAME) String displayName,
            @RestForm String email,
            @RestForm List<String> roles,
            @RestForm String password,
            @RestForm String passwordAgain) {

        public NewUser {
            username = TypedText.line(username);
            displayName = TypedText.line(displayName);
            email = TypedText.line(email);
            roles = roles == null ? List.of() : List.copyOf(roles);
            password = password == null ? "" : password;
            passwordAgain = passwordAgain == null ? "" : passwordAgain;
        }

        /** The same, for the page to show again: passwords are never sent back into it. */
        public NewUser withoutPasswords() {
            return new NewUser(username, displayName, email, roles, "", "");
        }

        /** The roles ticked, those the form cannot offer aside. */
        public Set<Role> chosenRoles() {
            return Role.named(roles);
        }
    }

    private final PasswordPolicy passwords;
    private final SessionStates sessions;
    private final CurrentUser currentUser;
    private final BruteForceGuard bruteForce;
    private final Validator validator;
    private final DisplayNames displayNames;
    private final Event<AdminStep> steps;
    private final PasswordHashing hashing;

    UserAdministration(PasswordPolicy passwords, SessionStates sessions, CurrentUser currentUser,
                       BruteForceGuard bruteForce, Validator validator, DisplayNames displayNames,
                       Event<AdminStep> steps, PasswordHashing hashing) {
        this.hashing = hashing;
        this.steps = steps;
        this.validator = validator;
        this.displayNames = displayNames;
        this.passwords = passwords;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.bruteForce = bruteForce;
    }

    public List<UserAccount> all() {
        return UserAccount.allByUsername();
    }

    /** Creates the account, or says field by field what is wrong and creates nothing. */
    @Transactional
    public FieldErrors create(NewUser user) {
        FieldErrors errors = FieldErrors.of(validator.validate(user));
        if (!errors.has("username") && UserAccount.findByUsername(user.username()).isPresent()) {
            errors.add("username", "This username is taken.");
        }
        if (!Addresses.isEmail(user.email()) || user.email().length() > UserAccount.MAX_EMAIL) {
            errors.add("email", "Give an email address like name@example.com.");
        }
        if (user.chosenRoles().isEmpty()) {
            errors.add("roles", "Choose at least one role.");
        }
        passwords.problemWith(user.password(), user.username()).ifPresent(problem -> errors.add("password", problem));
        if (!user.password().equals(user.passwordAgain())) {
            errors.add("passwordAgain", "The two passwords differ.");
        }
        if (errors.isEmpty()) {
            UserAccount made = UserAccount.create(user.username(), user.displayName(), user.email(),
                    hashing.hash(user.password()), user.chosenRoles().toArray(Role[]::new));
            made.persist();
            record(made, AdminAction.ACCOUNT_CREATED, "Roles: " + rolesOf(made) + ".");
        }
        return errors;
    }

    /** A person's name and roles as an admin changes them, cleaned of what a reader cannot see. */
    public record AccountChange(@RestForm @NotBlank @Size(max = UserAccount.MAX_DISPLAY_NAME) String displayName,
                                @RestForm List<String> roles) {

        public AccountChange {
            displayName = TypedText.line(displayName);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        public Set<Role> chosenRoles() {
            return Role.named(roles);
        }
    }

    /**
     * Changes a person's name and roles, or says field by field what is wrong and changes nothing.
     * The last enabled admin keeps the role: someone must be able to run the place.
     */
    @Transactional
    public FieldErrors change(long id, AccountChange change) {
        UserAccount user = find(id);
        FieldErrors errors = FieldErrors.of(validator.validate(change));
        Set<Role> roles = change.chosenRoles();
        if (roles.isEmpty()) {
            errors.add("roles", "Choose at least one role.");
        } else if (user.enabled && user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && UserAccount.withRole(Role.ADMIN).size() == 1) {
            errors.add("roles", "Keep the admin role: " + user.displayName + " is the only enabled admin. "
                    + "Make someone else an admin first.");
        }
        if (errors.isEmpty()) {
            String before = user.displayName + " (" + rolesOf(user) + ")";
            user.change(change.displayName(), roles);
            record(user, AdminAction.ACCOUNT_CHANGED, "From " + before + " to " + user.displayName + " ("
                    + rolesOf(user) + ").");
            sessions.forget(user.username);
            displayNames.forget(user.username);
        }
        return errors;
    }

    @Transactional
    public UserAccount disable(long id) {
        UserAccount user = find(id);
        if (user.username.equals(currentUser.username())) {
            throw new IllegalArgumentException("You can't disable your own account.");
        }
        record(user, AdminAction.ACCOUNT_DISABLED, null);
        return changeAndRecheckSessions(user, account -> account.disable(Instant.now()));
    }

    @Transactional
    public UserAccount enable(long id) {
        UserAccount user = find(id);
        record(user, AdminAction.ACCOUNT_ENABLED, null);
        return changeAndRecheckSessions(user, UserAccount::enable);
    }

    /**
     * Sets a temporary password the person must replace at their next sign-in, or says what is wrong
     * with it; their sessions end either way it succeeds.
     */
    @Transactional
    public FieldErrors setTemporaryPassword(long id, String password, String passwordAgain) {
        UserAccount user = find(id);
        FieldErrors errors = new FieldErrors();
        passwords.problemWith(password, user.username).ifPresent(problem -> errors.add("password", problem));
        if (!password.equals(passwordAgain)) {
            errors.add("passwordAgain", "The two passwords differ.");
        }
        if (errors.isEmpty()) {
            PasswordHashing.Hash temporary = hashing.hash(password);
            changeAndRecheckSessions(user, account -> account.setTemporaryPassword(temporary, Instant.now()));
            record(user, AdminAction.TEMPORARY_PASSWORD_SET, "To be changed at the next sign-in.");
        }
        return errors;
    }

    /** Whether Jobdesk mails this person: their own choice, on their account page. */
    @Transactional
    public void setMailEnabled(long id, boolean enabled) {
        find(id).mailEnabled = enabled;
    }

    @Transactional
    public UserAccount endSessions(long id) {
        UserAccount user = find(id);
        record(user, AdminAction.SESSIONS_ENDED, null);
        return changeAndRecheckSessions(user, account -> account.endSessions(Instant.now()));
    }

    /** Changes the account, then makes its open sessions see the change on their next request. */
    private UserAccount changeAndRecheckSessions(UserAccount user, Consumer<UserAccount> change) {
        change.accept(user);
        sessions.forget(user.username);
        return user;
    }

    /** Forgets every failed sign-in at the account, so its owner signs in without waiting. */
    @Transactional
    public UserAccount clearFailedSignIns(long id) {
        UserAccount user = find(id);
        bruteForce.forget(user.username);
        record(user, AdminAction.FAILED_SIGN_INS_CLEARED, null);
        return user;
    }

    /** The accounts that sign-ins have failed at lately, by username. */
    public Set<String> withFailedSignIns() {
        return bruteForce.throttled(Instant.now());
    }

    /**
     * Tells the audit trail, in this transaction, what the signed-in admin did to {@code user}'s account;
     * Jobdesk itself when no one is signed in (the first admin, made at start).
     */
    private void record(UserAccount user, AdminAction action, String detail) {
        boolean byAdmin = Arc.container().requestContext().isActive() && currentUser.isSignedIn();
        steps.fire(new AdminStep(byAdmin ? currentUser.account().id : null, action,
                user.displayName + " (" + user.username + ")", "/admin/users/" + user.id, detail, Instant.now()));
    }

    private static String rolesOf(UserAccount user) {
        return Arrays.stream(Role.values()).filter(user::hasRole).map(Role::label).collect(Collectors.joining(", "));
    }

    static UserAccount find(long id) {
        UserAccount user = UserAccount.findById(id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }
}
