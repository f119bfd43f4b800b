package dev.jobdesk.company;

import dev.jobdesk.config.JobdeskConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A few teams for a newcomer trying Jobdesk with the demo accounts, so that a first posting has a
 * team to choose. Only into an empty list, and never where demo accounts are off (production).
 */
@ApplicationScoped
class DemoTeams {

    static final List<String> NAMES = List.of("Payments", "Platform", "Data");

    private final JobdeskConfig config;

    DemoTeams(JobdeskConfig config) {
        this.config = config;
    }

    @Transactional
    void seed(@Observes StartupEvent start) {
        if (config.demoAccounts() && Team.count() == 0) {
            NAMES.forEach(name -> Team.named(name).persist());
        }
    }
}
