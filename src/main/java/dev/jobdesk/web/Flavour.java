package dev.jobdesk.web;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which build this is. The database kind is fixed when the jar is built and cannot be changed by
 * configuration at run time, so it is the one reliable mark of the production (PostgreSQL) build:
 * no setting can turn a production jar into one that seeds demo accounts or runs without secrets.
 */
@ApplicationScoped
public class Flavour {

    private final boolean production;
    private final boolean embedded;

    Flavour(@ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        // The production build's own test suite runs on PostgreSQL with demo accounts.
        this.production = "postgresql".equals(databaseKind) && !LaunchMode.current().isDevOrTest();
        this.embedded = "h2".equals(databaseKind);
    }

    /** The H2 build, on a file of its own (or, in its tests, in memory). */
    public boolean isEmbedded() {
        return embedded;
    }

    public boolean isProduction() {
        return production;
    }
}
