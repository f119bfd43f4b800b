package dev.jobdesk.account;

import dev.jobdesk.web.RouteOrder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after a few failed sign-ins within the window an account is locked for a
 * while, and so is a client address after more of them (many people may share one address). A locked address is answered 429 before its password is
 * even checked; a locked account fails like any wrong password, so nobody learns whether it exists.
 * The counts live in the database, so every replica agrees.
 */
@ApplicationScoped
public class BruteForceGuard {

    static final String LOGIN_PATH = "/j_security_check";

    /** A page of its own, without the layout: it is rendered outside any request scope. */
    @CheckedTemplate(basePath = "BruteForceGuard")
    static class Templates {
        static native TemplateInstance tooManyAttempts(long minutes);
    }

    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Duration lock;

    BruteForceGuard(@ConfigProperty(name = "jobdesk.login.max-failures-per-account", defaultValue = "5") int accountLimit,
                    @ConfigProperty(name = "jobdesk.login.max-failures-per-address", defaultValue = "20") int addressLimit,
                    @ConfigProperty(name = "jobdesk.login.failure-window", defaultValue = "PT15M") Duration window,
                    @ConfigProperty(name = "jobdesk.login.lock", defaultValue = "PT15M") Duration lock) {
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.lock = lock;
    }

    static String account(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String address(RoutingContext request) {
        return "address:" + request.request().remoteAddress().hostAddress();
    }

    /**
     * Answers a sign-in from a locked address with 429 before Quarkus checks the password: a route
     * ahead of everything, since the form login is handled before any filter runs.
     */
    void refuseLockedAddresses(@Observes Router router) {
        router.post(LOGIN_PATH).order(RouteOrder.LOGIN_THROTTLE).handler(request -> {
            String subject = address(request);
            request.vertx().executeBlocking(() -> isLocked(subject), false).onComplete(checked -> {
                if (checked.succeeded() && checked.result()) {
                    String page = Templates.tooManyAttempts(lock.toMinutes()).render();
                    request.response().setStatusCode(429).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                            .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(lock.toSeconds())).end(page);
                } else {
                    request.next();
                }
            });
        });
    }

    /** Counts each failed sign-in against the account tried and the address it came from. */
    void countFailure(@ObservesAsync AuthenticationFailureEvent failure) {
        Object property = failure.getEventProperties().get(RoutingContext.class.getName());
        RoutingContext request = property instanceof RoutingContext routingContext ? routingContext : null;
        if (request == null || !LOGIN_PATH.equals(request.normalizedPath())) {
            return;
        }
        recordFailure(account(request.request().getFormAttribute("j_username")), accountLimit);
        recordFailure(address(request), addressLimit);
    }

    /** How long a lock lasts, for the messages that tell people when to try again. */
    public Duration lock() {
        return lock;
    }

    /** A wrong password typed where the current one is asked for counts like a failed sign-in. */
    @Transactional
    public void countWrongPassword(String username) {
        recordFailure(account(username), accountLimit);
    }

    @Transactional
    public boolean isAccountLocked(String username) {
        return isLocked(account(username));
    }

    @Transactional
    public boolean isLocked(String subject) {
        LoginThrottle throttle = LoginThrottle.findById(subject);
        return throttle != null && throttle.isLocked(Instant.now());
    }

    /** After a correct password: refused while the account or address is locked, else the account's count restarts. */
    @Transactional
    public boolean allowSignIn(String username, RoutingContext request) {
        if (isLocked(account(username)) || isLocked(address(request))) {
            return false;
        }
        LoginThrottle.deleteById(account(username));
        return true;
    }

    @Transactional
    void recordFailure(String subject, int limit) {
        Instant now = Instant.now();
        LoginThrottle throttle = LoginThrottle.findById(subject, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(subject, now);
            try {
                throttle.persistAndFlush();
            } catch (PersistenceException raced) {
                // Another replica counted the first failure at the same moment; this one is lost, which is harmless.
                return;
            }
        }
        throttle.fail(now, limit, window, lock);
    }
}
