package dev.jobdesk.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Jobdesk's own settings; the flavour files set the defaults that differ between builds. */
@ConfigMapping(prefix = "jobdesk")
public interface JobdeskConfig {

    /** Seed the demo accounts at start. The production build never does, whatever this says. */
    @WithDefault("false")
    boolean demoAccounts();

    /** Make and keep a session key in the data folder when none is configured (embedded default only). */
    @WithDefault("false")
    boolean generateSessionKey();

    /** Where the embedded default keeps its database and generated session key (H2 wants ./ for relative paths). */
    @WithDefault("./data")
    String dataDir();

    /** The employer named on the careers page and in JobPosting data. */
    @WithDefault("Jobdesk")
    String companyName();

    /** Public address of the careers site, used for absolute links in structured data. */
    @WithDefault("http://localhost:8080")
    String publicUrl();
}
