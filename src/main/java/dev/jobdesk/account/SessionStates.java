package dev.jobdesk.account;

import dev.jobdesk.domain.KeptValues;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Whether each user may keep their sessions, and their roles, read from the database and kept a few
 * seconds (cache {@value #CACHE}, bounded in application.properties): every signed-in request asks,
 * and a change made on another replica must reach this one soon after.
 */
@ApplicationScoped
public class SessionStates {

    static final String CACHE = "session-states";

    /**
     * {@code signedOutLogins}: the sign-in times, in milliseconds, of sessions signed out of;
     * {@code mustChangePassword}: an admin gave them a temporary password; {@code roles}: none for a
     * username with no account; {@code accountId}: null for it.
     */
    record State(boolean enabled, Instant sessionsValidAfter, Set<Long> signedOutLogins, boolean mustChangePassword,
                 Set<String> roles, Long accountId) {
    }

    private final Cache cache;

    SessionStates(@CacheName(CACHE) Cache cache) {
        this.cache = cache;
    }

    /** The user's state if it was read a moment ago; known without touching the database. */
    Optional<State> cached(String username) {
        return KeptValues.keptValue(cache, username);
    }

    @Transactional
    State of(String username) {
        return cache.get(username, SessionStates::read).await().indefinitely();
    }

    private static State read(String username) {
        return UserAccount.findByUsername(username)
                .map(user -> new State(user.enabled, user.sessionsValidAfter,
                        SignedOutSession.loginTimesOf(username, Instant.now()), user.mustChangePassword,
                        Set.copyOf(user.roles), user.id))
                .orElse(new State(false, null, Set.of(), false, Set.of(), null));
    }

    /** After this replica changed the user: no need to wait for the refresh. */
    public void forget(String username) {
        cache.invalidate(username).await().indefinitely();
    }
}
