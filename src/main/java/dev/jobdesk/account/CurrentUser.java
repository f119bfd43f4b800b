package dev.jobdesk.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is asking, for services and templates ({@code inject:currentUser}). */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    private final SecurityIdentity identity;
    private final DisplayNames displayNames;
    private UserAccount account;

    CurrentUser(SecurityIdentity identity, DisplayNames displayNames) {
        this.identity = identity;
        this.displayNames = displayNames;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isManager() {
        return identity.hasRole(Role.MANAGER_NAME);
    }

    public boolean isLead() {
        return identity.hasRole(Role.LEAD_NAME);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_NAME);
    }

    public String getDisplayName() {
        return isSignedIn() ? displayNames.of(username()) : "";
    }

    /** Known without a query: queries that only filter by the user can use it instead of {@link #account()}. */
    public String username() {
        if (!isSignedIn()) {
            throw new UnauthorizedException();
        }
        return identity.getPrincipal().getName();
    }

    /**
     * The signed-in user's account id: from the session's kept state where there is one, so that a
     * check of who owns something needs no query; else from the account.
     */
    public long accountId() {
        Long id = identity.getAttribute(SessionIdentities.ACCOUNT_ID);
        return id != null ? id : account().id;
    }

    /** The signed-in user's account; loaded once per request. */
    public UserAccount account() {
        if (account == null) {
            account = UserAccount.findByUsername(username()).orElseThrow(UnauthorizedException::new);
        }
        return account;
    }
}
