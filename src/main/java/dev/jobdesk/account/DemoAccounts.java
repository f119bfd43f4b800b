package dev.jobdesk.account;

import dev.jobdesk.config.JobdeskConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The accounts a newcomer signs in with on the embedded default. Never created by the production
 * build: its profile turns them off, and {@code config.ProductionGuard} refuses to start when told
 * to turn them on.
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "jobdesk-demo";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    private record Demo(String username, String displayName, Role role) {
    }

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("manager", "Maya Manager", Role.MANAGER),
            new Demo("manager2", "Milo Manager", Role.MANAGER),
            new Demo("lead", "Lena Lead", Role.LEAD),
            new Demo("lead2", "Luca Lead", Role.LEAD),
            new Demo("admin", "Ada Admin", Role.ADMIN));

    private final JobdeskConfig config;
    private final PasswordHashing hashing;

    DemoAccounts(JobdeskConfig config, PasswordHashing hashing) {
        this.config = config;
        this.hashing = hashing;
    }

    @Transactional
    void seed(@Observes StartupEvent start) {
        if (!enabled()) {
            return;
        }
        for (Demo demo : ACCOUNTS) {
            if (UserAccount.findByUsername(demo.username()).isEmpty()) {
                UserAccount.create(demo.username(), demo.displayName(), demo.username() + "@jobdesk.example",
                        hashing.hash(PASSWORD), demo.role()).persist();
            }
        }
        LOG.info("Demo accounts are on: manager, manager2, lead, lead2 and admin, password " + PASSWORD);
    }

    public boolean enabled() {
        return config.demoAccounts();
    }
}
