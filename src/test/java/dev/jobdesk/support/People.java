package dev.jobdesk.support;

import dev.jobdesk.account.PasswordHashing;
import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** People a test needs besides the demo accounts: made once, with {@link #PASSWORD}, then found again. */
public final class People {

    public static final String PASSWORD = "plum-harbour-quietly-7";

    private People() {
    }

    /** The account {@code username}, made with {@code displayName} and {@code roles} unless it exists; its id. */
    public static long account(String username, String displayName, Role... roles) {
        return accountWithPassword(username, PASSWORD, displayName, roles);
    }

    /** As {@link #account}, with a password of the test's own; the address is {@code username@example.com}. */
    public static long accountWithPassword(String username, String password, String displayName, Role... roles) {
        PasswordHashing hashing = Arc.container().instance(PasswordHashing.class).get();
        return QuarkusTransaction.requiringNew().call(() -> UserAccount.findByUsername(username).orElseGet(() -> {
            UserAccount user = UserAccount.create(username, displayName, username + "@example.com",
                    hashing.hash(password), roles);
            user.persist();
            return user;
        }).id);
    }

    /** Signs in as an account made by {@link #account}. */
    public static WebClient signedInAs(String username) {
        return WebClient.anonymous().signIn(username, PASSWORD);
    }
}
