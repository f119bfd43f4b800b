package dev.jobdesk.account;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs before the password check of every sign-in: counts the try with {@link BruteForceGuard},
 * then refuses it or lets it wait its turn. The wait holds no thread, and answering no identity
 * passes the try on to the password check of Quarkus Security JPA.
 */
@ApplicationScoped
@Unremovable // Quarkus finds identity providers at run time; nothing injects this one by its type.
public class ThrottledSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ThrottledSignIn.class);

    private final BruteForceGuard guard;

    ThrottledSignIn(BruteForceGuard guard) {
        this.guard = guard;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /**
     * Ahead of every other provider, the password check included. Quarkus's own stay between 0 and
     * 1000, yet with 1001 the password check was sometimes asked first (BruteForceTest caught it),
     * so this leaves no doubt.
     */
    @Override
    public int priority() {
        return Integer.MAX_VALUE / 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http == null) {
            return Uni.createFrom().nullItem();
        }
        String address = BruteForceGuard.clientAddress(http);
        return Uni.createFrom().item(() -> guard.admit(request.getUsername(), address))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                // Fail closed: a try that cannot be counted is not checked either.
                .onFailure().transform(failure -> {
                    LOG.warnf("Refused a sign-in that could not be counted: %s", failure.toString());
                    return new AuthenticationFailedException("Sign-in throttle unavailable");
                }).onItem()
                .transformToUni(admission -> {
                    if (admission.refused()) {
                        return Uni.createFrom().failure(new AuthenticationFailedException("Too many failed sign-ins"));
                    }
                    Uni<SecurityIdentity> passOn = Uni.createFrom().nullItem();
                    return admission.delay().isZero() ? passOn : passOn.onItem().delayIt().by(admission.delay());
                });
    }
}
