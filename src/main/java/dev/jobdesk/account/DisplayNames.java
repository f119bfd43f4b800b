package dev.jobdesk.account;

import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names the page header greets people with, cached: every signed-in page shows one, and some
 * pages (a 404 for an unknown address) are rendered where the database may not be called.
 */
@ApplicationScoped
public class DisplayNames {

    private final Map<String, String> byUsername = new ConcurrentHashMap<>();

    public String of(String username) {
        String cached = byUsername.get(username);
        if (cached != null || !BlockingOperationControl.isBlockingAllowed()) {
            return cached != null ? cached : username;
        }
        String name = UserAccount.findByUsername(username).map(user -> user.displayName).orElse(username);
        byUsername.put(username, name);
        return name;
    }
}
