package dev.jobdesk.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Jobdesk's own settings; the flavour files set the defaults that differ between builds. */
@ConfigMapping(prefix = "jobdesk")
public interface JobdeskConfig {

    /** True in the production (PostgreSQL) build: demo accounts are refused and secrets are required. */
    @WithDefault("false")
    boolean production();

    /** Seed the demo accounts at start. Ignored in production. */
    @WithDefault("false")
    boolean demoAccounts();

    /** Where the embedded default keeps its database and generated session key (H2 wants ./ for relative paths). */
    @WithDefault("./data")
    String dataDir();

    /** The employer named on the careers page and in JobPosting data. */
    @WithDefault("Jobdesk")
    String companyName();

    /** Public address of the careers site, used for absolute links in structured data. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    default boolean demoAccountsOn() {
        return demoAccounts() && !production();
    }
}
