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
        return isSignedIn() ? displayNames.of(identity.getPrincipal().getName()) : "";
    }

    /** The signed-in user's account; loaded once per request. */
    public UserAccount account() {
        if (account == null) {
            if (!isSignedIn()) {
                throw new UnauthorizedException();
            }
            account = UserAccount.findByUsername(identity.getPrincipal().getName())
                    .orElseThrow(UnauthorizedException::new);
        }
        return account;
    }
}
