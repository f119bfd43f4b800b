package dev.jobdesk.account;

import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.web.RouteOrder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Slows password guessing without handing anyone a way to lock the owner out. Every sign-in counts
 * as failed before its password is checked, so a burst of a hundred at once is counted in full, and
 * a right password takes its count back. Failures are counted per account from one address, per
 * address, and per account from anywhere:
 * <ul>
 * <li>after a few failures at one account from one address, each further try from there waits
 * longer, and after more that address may not try that account until the lock passes;</li>
 * <li>an address failing at many accounts is refused outright (429) for a while;</li>
 * <li>an account failing from many addresses makes every try at it wait, the owner's included,
 * but it is never locked: the right password from an address that has not been failing gets in.</li>
 * </ul>
 * A refused try is not counted, so a lock never grows on its own. The counts live in the database,
 * so every replica agrees; rows nobody needs any more are deleted.
 */
@ApplicationScoped
public class BruteForceGuard {

    static final String LOGIN_PATH = "/j_security_check";

    /** A page of its own, without the layout: it is rendered outside any request scope. */
    @CheckedTemplate(basePath = "BruteForceGuard")
    static class Views {
        static native TemplateInstance tooManyAttempts(long minutes);
    }

    /** What a try may do, decided before its password is checked: go ahead after a wait, or not at all. */
    record Admission(boolean refused, Duration delay) {
        static final Admission REFUSED = new Admission(true, Duration.ZERO);
    }

    private final JobdeskConfig.Login limits;

    BruteForceGuard(JobdeskConfig config) {
        this.limits = config.login();
    }

    static String address(String clientAddress) {
        return "address:" + clientAddress;
    }

    static String account(String username) {
        return "account:" + normalized(username);
    }

    static String pair(String clientAddress, String username) {
        return "pair:" + clientAddress + "|" + normalized(username);
    }

    /** As typed names are compared; no account has a name longer than 64 characters, so longer ones are cut. */
    private static String normalized(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 65) : name;
    }

    static String clientAddress(RoutingContext request) {
        return request.request().remoteAddress().hostAddress();
    }

    /**
     * Answers a sign-in from a locked address with 429 before Quarkus reads the form: a route ahead
     * of Quarkus's own, since the form login is handled before any filter runs.
     */
    void refuseLockedAddresses(@Observes Router router) {
        router.post(LOGIN_PATH).order(RouteOrder.LOGIN_THROTTLE).handler(request -> {
            String subject = address(clientAddress(request));
            request.vertx().executeBlocking(() -> QuarkusTransaction.requiringNew().call(() -> isLocked(subject)), false)
                    .onComplete(checked -> {
                        if (checked.succeeded() && checked.result()) {
                            String page = Views.tooManyAttempts(limits.lock().toMinutes()).render();
                            request.response().setStatusCode(429)
                                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                                    .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limits.lock().toSeconds()))
                                    .end(page);
                        } else {
                            request.next();
                        }
                    });
        });
    }

    /**
     * Counts a try at {@code username} from {@code clientAddress} as failed, unless the address, or
     * this address's tries at this account, are locked: then it is refused and not counted. The
     * rows are made first, each on its own, so that the counting transaction only ever locks rows
     * that exist and never waits on a transaction of its own making.
     */
    public Admission admit(String username, String clientAddress) {
        Instant now = Instant.now();
        String address = address(clientAddress);
        String pair = pair(clientAddress, username);
        String account = account(username);
        for (String subject : List.of(address, pair, account)) {
            makeRow(subject, now);
        }
        return QuarkusTransaction.requiringNew().call(() -> count(
                LoginThrottle.findById(address, LockModeType.PESSIMISTIC_WRITE),
                LoginThrottle.findById(pair, LockModeType.PESSIMISTIC_WRITE),
                LoginThrottle.findById(account, LockModeType.PESSIMISTIC_WRITE), now));
    }

    private Admission count(LoginThrottle fromAddress, LoginThrottle pair, LoginThrottle anywhere, Instant now) {
        if (fromAddress.isLocked(now) || pair.isLocked(now)) {
            return Admission.REFUSED;
        }
        fromAddress.fail(now, limits.maxFailuresPerAddress(), limits.failureWindow(), limits.lock());
        pair.fail(now, limits.maxFailuresPerPair(), limits.failureWindow(), limits.lock());
        anywhere.fail(now, Integer.MAX_VALUE, limits.failureWindow(), limits.lock());
        // This try's own count is in: the first free ones go straight on, each further one waits twice as long.
        Duration fromHere = delayAfter(pair.failures - 1 - limits.freeFailures());
        Duration fromAnywhere = delayAfter(anywhere.failures - 1 - limits.maxFailuresPerPair());
        return new Admission(false, fromHere.compareTo(fromAnywhere) >= 0 ? fromHere : fromAnywhere);
    }

    /** The right password: the account's counts start over, and the address's takes this try back. */
    @Transactional
    public void succeeded(String username, String clientAddress) {
        LoginThrottle.deleteById(pair(clientAddress, username));
        LoginThrottle.deleteById(account(username));
        LoginThrottle fromAddress = LoginThrottle.findById(address(clientAddress), LockModeType.PESSIMISTIC_WRITE);
        if (fromAddress != null) {
            fromAddress.forgive(limits.maxFailuresPerAddress());
        }
    }

    /** An admin's unlock: every count against the account, from anywhere, is forgotten. */
    @Transactional
    public void forget(String username) {
        LoginThrottle.delete("subject = ?1 or subject like ?2 escape '!'", account(username),
                "pair:%|" + normalized(username).replace("!", "!!").replace("%", "!%").replace("_", "!_"));
    }

    /** The accounts that tries have failed at lately, by name: an admin may want to unlock them. */
    @Transactional
    public Set<String> throttled(Instant now) {
        return LoginThrottle.<LoginThrottle>list("subject like 'account:%' and windowStartedAt >= ?1",
                now.minus(limits.failureWindow())).stream()
                .map(row -> row.subject.substring("account:".length())).collect(Collectors.toSet());
    }

    /** How long a lock lasts, for the messages that tell people when to try again. */
    public Duration lock() {
        return limits.lock();
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteSpentRows() {
        Duration window = limits.failureWindow();
        LoginThrottle.deleteSpent(Instant.now(), window.compareTo(limits.lock()) >= 0 ? window : limits.lock());
    }

    private boolean isLocked(String subject) {
        LoginThrottle throttle = LoginThrottle.findById(subject);
        return throttle != null && throttle.isLocked(Instant.now());
    }

    private Duration delayAfter(int extraFailures) {
        if (extraFailures <= 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(extraFailures - 1, 20));
        return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
    }

    /** The subject's row, made if it is new, whichever try or replica gets there first. */
    private static void makeRow(String subject, Instant now) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (LoginThrottle.findById(subject) == null) {
                    new LoginThrottle(subject, now).persistAndFlush();
                }
            });
        } catch (PersistenceException alreadyMade) {
            // Another try made it at the same moment: it exists now, which is all this needed.
        }
    }
}
