package dev.jobdesk.account;

import dev.jobdesk.web.Addresses;
import dev.jobdesk.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What an admin does with accounts: create them, disable and enable them, end their sessions. */
@ApplicationScoped
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    /** A new account as the admin typed it. */
    public record NewUser(String username, String displayName, String email, Set<Role> roles, String password,
                          String passwordAgain) {
    }

    private final PasswordPolicy passwords;
    private final SessionStates sessions;
    private final CurrentUser currentUser;
    private final BruteForceGuard bruteForce;

    UserAdministration(PasswordPolicy passwords, SessionStates sessions, CurrentUser currentUser,
                       BruteForceGuard bruteForce) {
        this.passwords = passwords;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.bruteForce = bruteForce;
    }

    public List<UserAccount> all() {
        return UserAccount.list("order by username");
    }

    /** Creates the account, or says field by field what is wrong and creates nothing. */
    @Transactional
    public FieldErrors create(NewUser user) {
        FieldErrors errors = new FieldErrors();
        if (!USERNAME.matcher(user.username()).matches()) {
            errors.add("username", "Use 3 to 64 lower-case letters, digits, dots, dashes or underscores.");
        } else if (UserAccount.findByUsername(user.username()).isPresent()) {
            errors.add("username", "This username is taken.");
        }
        errors.required("displayName", user.displayName(), 120);
        if (!Addresses.isEmail(user.email()) || user.email().length() > 254) {
            errors.add("email", "Give an email address like name@example.com.");
        }
        if (user.roles().isEmpty()) {
            errors.add("roles", "Choose at least one role.");
        }
        passwords.problemWith(user.password(), user.username()).ifPresent(problem -> errors.add("password", problem));
        if (!user.password().equals(user.passwordAgain())) {
            errors.add("passwordAgain", "The two passwords differ.");
        }
        if (errors.isEmpty()) {
            UserAccount.create(user.username(), user.displayName(), user.email(), user.password(),
                    user.roles().toArray(Role[]::new)).persist();
        }
        return errors;
    }

    @Transactional
    public UserAccount disable(long id) {
        UserAccount user = find(id);
        if (user.username.equals(currentUser.username())) {
            throw new IllegalArgumentException("You can't disable your own account.");
        }
        user.disable(Instant.now());
        sessions.forget(user.username);
        return user;
    }

    @Transactional
    public UserAccount enable(long id) {
        UserAccount user = find(id);
        user.enable();
        sessions.forget(user.username);
        return user;
    }

    @Transactional
    public UserAccount endSessions(long id) {
        UserAccount user = find(id);
        user.endSessions(Instant.now());
        sessions.forget(user.username);
        return user;
    }

    /** Forgets every failed sign-in at the account, so its owner signs in without waiting. */
    @Transactional
    public UserAccount clearFailedSignIns(long id) {
        UserAccount user = find(id);
        bruteForce.forget(user.username);
        return user;
    }

    /** The accounts that sign-ins have failed at lately, by username. */
    public Set<String> withFailedSignIns() {
        return bruteForce.throttled(Instant.now());
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    private static UserAccount find(long id) {
        UserAccount user = UserAccount.findById(id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }
}
