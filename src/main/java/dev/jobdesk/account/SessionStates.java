package dev.jobdesk.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether each user may keep their sessions, read from the database and kept a few seconds: every
 * signed-in request asks, and a change made on another replica must reach this one soon after.
 */
@ApplicationScoped
public class SessionStates {

    /** {@code signedOutLogins}: the sign-in times, in milliseconds, of sessions signed out of. */
    record State(boolean enabled, Instant sessionsValidAfter, Set<Long> signedOutLogins, long readAt) {
    }

    private final Map<String, State> byUsername = new ConcurrentHashMap<>();
    private final long freshForNanos;

    SessionStates(@ConfigProperty(name = "jobdesk.session-state-refresh", defaultValue = "PT5S") Duration freshFor) {
        this.freshForNanos = freshFor.toNanos();
    }

    /** The user's state if it was read a moment ago; known without touching the database. */
    Optional<State> cached(String username) {
        State cached = byUsername.get(username);
        return cached != null && System.nanoTime() - cached.readAt() < freshForNanos ? Optional.of(cached) : Optional.empty();
    }

    @Transactional
    State of(String username) {
        Optional<State> known = cached(username);
        if (known.isPresent()) {
            return known.get();
        }
        long now = System.nanoTime();
        State state = UserAccount.findByUsername(username)
                .map(user -> new State(user.enabled, user.sessionsValidAfter,
                        SignedOutSession.loginTimesOf(username, Instant.now()), now))
                .orElse(new State(false, null, Set.of(), now));
        byUsername.put(username, state);
        return state;
    }

    /** After this replica changed the user: no need to wait for the refresh. */
    public void forget(String username) {
        byUsername.remove(username);
    }
}
