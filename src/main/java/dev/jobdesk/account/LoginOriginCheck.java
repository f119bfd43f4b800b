package dev.jobdesk.account;

import dev.jobdesk.web.RouteOrder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Login CSRF: another site must not sign a visitor into an account of the attacker's choosing. The
 * session cookie is SameSite=Strict already; on top of that a sign-in whose Origin (or, lacking it,
 * Referer) names another site is refused.
 */
@ApplicationScoped
public class LoginOriginCheck {

    void refuseForeignSignIns(@Observes Router router) {
        router.post(BruteForceGuard.LOGIN_PATH).order(RouteOrder.LOGIN_ORIGIN).handler(this::check);
    }

    private void check(RoutingContext request) {
        String origin = request.request().getHeader(HttpHeaders.ORIGIN);
        String source = origin != null ? origin : request.request().getHeader(HttpHeaders.REFERER);
        if (source == null || isSameSite(source, request.request().authority() == null
                ? null : request.request().authority().toString())) {
            request.next();
            return;
        }
        request.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                .end("Sign in from Jobdesk's own login page.");
    }

    static boolean isSameSite(String source, String authority) {
        try {
            URI uri = new URI(source);
            String sourceAuthority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && uri.getHost() != null
                    && (authority.equalsIgnoreCase(sourceAuthority) || authority.equalsIgnoreCase(uri.getHost()));
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
