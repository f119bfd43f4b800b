package dev.jobdesk.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A person who signs in. Security JPA reads username, password hash and roles from here. */
@Entity
@Table(name = "user_account")
@UserDefinition
@TemplateData(namespace = TemplateData.SIMPLENAME)
public class UserAccount extends PanacheEntityBase {

    public static final int MAX_USERNAME = 64;
    public static final int MAX_DISPLAY_NAME = 120;
    public static final int MAX_EMAIL = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, length = MAX_USERNAME)
    public String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    public String displayName;

    @Column(nullable = false, length = MAX_EMAIL)
    public String email;

    @Password
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Roles
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 16)
    public Set<String> roles = new TreeSet<>();

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Sessions that began before this are no longer valid; null when none was ended. */
    @Column(name = "sessions_valid_after")
    public Instant sessionsValidAfter;

    /** When they last signed in; null before their first sign-in. */
    @Column(name = "last_signed_in_at")
    public Instant lastSignedInAt;

    /** Set by an admin's temporary password: they choose their own before anything else. */
    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword;

    /** Whether Jobdesk mails them about steps and reminders; they decide on their account page. */
    @Column(name = "mail_enabled", nullable = false)
    public boolean mailEnabled = true;

    /** Ends every session of this user, on every replica, from now on. */
    public void endSessions(Instant now) {
        sessionsValidAfter = now;
    }

    /** A new password ends every other session: whoever knew the old one is signed out. */
    public void changePassword(PasswordHashing.Hash newPassword, Instant now) {
        passwordHash = newPassword.value();
        mustChangePassword = false;
        endSessions(now);
    }

    /** An admin's password for them, which they must replace with their own at the next sign-in. */
    public void setTemporaryPassword(PasswordHashing.Hash temporary, Instant now) {
        changePassword(temporary, now);
        mustChangePassword = true;
    }

    public boolean hasPassword(String password) {
        return BcryptUtil.matches(password, passwordHash);
    }

    public void disable(Instant now) {
        enabled = false;
        endSessions(now);
    }

    public void enable() {
        enabled = true;
    }

    public static UserAccount create(String username, String displayName, String email,
                                     PasswordHashing.Hash password, Role... roles) {
        UserAccount user = new UserAccount();
        user.username = username;
        user.displayName = displayName;
        user.email = email;
        user.passwordHash = password.value();
        Arrays.stream(roles).map(Role::name).forEach(user.roles::add);
        user.createdAt = Instant.now();
        return user;
    }

    /**
     * A new name and roles, as an admin sets them: on this replica from the user's next request, on the
     * others within the few seconds a session's state is kept (see {@link SessionIdentities}).
     */
    public void change(String newDisplayName, Set<Role> newRoles) {
        displayName = newDisplayName;
        roles.clear();
        newRoles.stream().map(Role::name).forEach(roles::add);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }

    /** "Hiring manager, Engineering lead", as people read them. */
    public String roleLabels() {
        return Arrays.stream(Role.values()).filter(this::hasRole).map(Role::label)
                .collect(Collectors.joining(", "));
    }

    /** With its roles in the same query: every signed-in page reads the account, most its roles. */
    public static Optional<UserAccount> findByUsername(String username) {
        return find("from UserAccount u left join fetch u.roles where u.username = ?1", username).singleResultOptional();
    }

    /** Everyone, by username, with their roles in the same query. */
    public static List<UserAccount> allByUsername() {
        return all("u.username");
    }

    /** Everyone, by name, with their roles in the same query. */
    public static List<UserAccount> allByName() {
        return all("u.displayName");
    }

    private static List<UserAccount> all(String order) {
        return find("from UserAccount u left join fetch u.roles order by " + order).list();
    }

    /**
     * Enabled users holding a role, by name: the people a posting can be routed to, for instance. With
     * their roles in the same query, as Security JPA's mapping loads them with every account.
     */
    public static List<UserAccount> withRole(Role role) {
        return withEitherRole(role, role);
    }

    /** Enabled users holding one role or the other, or both, by name and each once. */
    public static List<UserAccount> withEitherRole(Role one, Role other) {
        return find("from UserAccount u left join fetch u.roles where (?1 member of u.roles or ?2 member of u.roles)"
                + " and u.enabled = true order by u.displayName", one.name(), other.name()).list();
    }
}
