package dev.jobdesk.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who the user of a valid session cookie is, from their {@link SessionStates} state: Security JPA's
 * own provider loads the account and its roles from the database on every signed-in request; the
 * state holds the roles and is kept a few seconds. An admin's change applies at once on this replica
 * ({@link SessionStates#forget}) and within the state's lifetime on the others, as ending sessions
 * does. A username without an account is left to Security JPA, which refuses it.
 */
@ApplicationScoped
class SessionIdentities implements IdentityProvider<TrustedAuthenticationRequest> {

    /** The identity's attribute holding the account's id, for {@link CurrentUser#accountId()}. */
    static final String ACCOUNT_ID = "jobdesk.account-id";

    private final SessionStates states;

    SessionIdentities(SessionStates states) {
        this.states = states;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Ahead of Security JPA's provider, which keeps the default priority and answers what this one leaves. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        Optional<SessionStates.State> known = states.cached(username);
        if (known.isPresent()) {
            return Uni.createFrom().item(() -> identity(username, known.get()));
        }
        return context.runBlocking(() -> identity(username, states.of(username)));
    }

    private static SecurityIdentity identity(String username, SessionStates.State state) {
        if (state.roles().isEmpty()) {
            return null;
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username))
                .addRoles(state.roles()).addAttribute(ACCOUNT_ID, state.accountId()).build();
    }
}
