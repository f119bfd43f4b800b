package dev.jobdesk.account;

import dev.jobdesk.domain.KeptValues;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The names the page header greets people with, kept a while (cache {@value #CACHE}): every
 * signed-in page shows one, and some pages (a 404 for an unknown address) are rendered where the
 * database may not be called; those greet a person not yet kept by their username.
 */
@ApplicationScoped
public class DisplayNames {

    static final String CACHE = "display-names";

    private final Cache cache;

    DisplayNames(@CacheName(CACHE) Cache cache) {
        this.cache = cache;
    }

    public String of(String username) {
        return KeptValues.<String>keptValue(cache, username).orElseGet(() -> BlockingOperationControl.isBlockingAllowed()
                ? cache.get(username, DisplayNames::read).await().indefinitely() : username);
    }

    /** After a rename: this replica greets the new name at once, the others once their copy ages out. */
    public void forget(String username) {
        cache.invalidate(username).await().indefinitely();
    }

    private static String read(String username) {
        return UserAccount.findByUsername(username).map(user -> user.displayName).orElse(username);
    }
}
