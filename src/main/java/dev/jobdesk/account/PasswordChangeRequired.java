package dev.jobdesk.account;

import dev.jobdesk.web.Assets;
import dev.jobdesk.web.Flash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Someone signed in with a temporary password an admin set goes to their account page, and nowhere
 * else, until they choose their own: a password someone else knows should not stay in use.
 */
@ApplicationScoped
class PasswordChangeRequired {

    private final CurrentUser currentUser;
    private final SessionStates states;

    PasswordChangeRequired(CurrentUser currentUser, SessionStates states) {
        this.currentUser = currentUser;
        this.states = states;
    }

    @ServerRequestFilter(priority = Priorities.USER)
    Optional<Response> untilTheirOwnPassword(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // The account page, signing out, and the stylesheet the account page is drawn with.
        if (!currentUser.isSignedIn() || path.startsWith("/account") || path.equals("/logout")
                || path.equals(Assets.STYLESHEET) || !mustChangePassword(currentUser.username())) {
            return Optional.empty();
        }
        return Optional.of(Response.seeOther(URI.create("/account"))
                .cookie(Flash.error("Choose your own password first: the one you signed in with was a temporary one."))
                .build());
    }

    /** Kept from a moment ago, as a rule: read without a transaction of its own. */
    private boolean mustChangePassword(String username) {
        return states.cached(username).orElseGet(() -> states.of(username)).mustChangePassword();
    }
}
