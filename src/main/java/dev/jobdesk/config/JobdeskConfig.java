package dev.jobdesk.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Every Jobdesk setting ({@code jobdesk.*}, or {@code JOBDESK_*} in the environment), with its default
 * and meaning. application.properties sets the ones the production build ({@code %pg}) does differently.
 */
@ConfigMapping(prefix = "jobdesk")
public interface JobdeskConfig {

    /**
     * A folder with the company's own word lists for the writing hints on the edit page: entries in its
     * wording.txt and jargon.txt add to the shipped lists, in their format (src/main/resources/writing).
     */
    Optional<String> wordLists();

    /** Seed the demo accounts at start. Off in the production build, which refuses to start with it on. */
    @WithDefault("true")
    boolean demoAccounts();

    /**
     * Make and keep a session key in the data folder when none is configured. Off in the production
     * build, which must be given its key.
     */
    @WithDefault("true")
    boolean generateSessionKey();

    /** Where the embedded default keeps its database and generated session key (H2 wants ./ for relative paths). */
    @WithDefault("./data")
    String dataDir();

    /** The employer named on the careers page and in JobPosting data. */
    @WithDefault("Jobdesk")
    String companyName();

    /**
     * The company's time zone: a posting's closing date ends at midnight there, and Jobdesk closes
     * the posting then. An IANA name such as Europe/Berlin.
     */
    @WithDefault("UTC")
    ZoneId timeZone();

    /**
     * The brand colour of buttons and links, as #rrggbb. White text sits on it, so pick one with a
     * contrast of at least 4.5:1 against white. The start fails on anything else (the web layer's Assets checks it).
     */
    @WithDefault("#2251c7")
    String accentColor();

    /**
     * Jobdesk is reached over HTTPS only: cookies are marked Secure. On in the production build,
     * which refuses to start with it off (and sends HSTS, one of the {@link #responseHeaders()}
     * application.properties sets for it); set it for an embedded default served behind TLS.
     */
    @WithDefault("false")
    boolean httpsOnly();

    /**
     * Headers every answer carries, by name: the security policy and its kin (application.properties
     * lists them; the production build adds HSTS). Jobdesk's first route sets them, rather than
     * Quarkus's {@code quarkus.http.header}, which adds a route for each: six routes and the same six
     * headers set again on every kept careers page cost those pages a sixth of their throughput.
     */
    Map<String, String> responseHeaders();

    /**
     * The first administrator, created at start while no account holds the admin role: how an
     * installation without demo accounts (every production one) gets its first user.
     */
    InitialAdmin initialAdmin();

    interface InitialAdmin {
        Optional<String> username();

        Optional<String> password();
    }

    /**
     * Keep rendered careers pages for anonymous visitors ({@code JOBDESK_CAREERS_CACHE=off} turns
     * it off, so a benchmark measures rendering).
     */
    @WithDefault("on")
    boolean careersCache();

    /** How long a kept careers page is served before it is rendered again. */
    @WithDefault("PT2S")
    Duration careersCacheTtl();

    /**
     * What the kept careers pages may weigh together: the bound holds however many distinct
     * addresses visitors invent, the least used pages going first.
     */
    @WithDefault("16M")
    MemorySize careersCacheMaxBytes();

    /** Backups of the embedded default's database: see {@code backup.EmbeddedBackups}. */
    Backup backup();

    interface Backup {
        /** When the nightly backup is made (Quartz cron: second minute hour day month weekday). */
        @WithDefault("0 30 3 * * ?")
        String cron();

        /** How many backups are kept; older ones are deleted. */
        @WithDefault("7")
        int keep();
    }

    /** How sign-ins are throttled (see {@code account.BruteForceGuard}), and how passwords are kept. */
    Login login();

    interface Login {
        /** Failed sign-ins to one account from one address before each further try there waits. */
        @WithDefault("3")
        int freeFailures();

        /** Failed sign-ins to one account from one address that stop that address trying it until the lock passes. */
        @WithDefault("10")
        int maxFailuresPerPair();

        /** Failed sign-ins to any account from one address that stop that address signing in at all. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        /** The longest a sign-in waits, however many tries failed before it. */
        @WithDefault("PT10S")
        Duration maxDelay();

        /** Failures older than this are forgotten. */
        @WithDefault("PT15M")
        Duration failureWindow();

        /** How long a lock lasts. */
        @WithDefault("PT15M")
        Duration lock();

        /**
         * The bcrypt cost of the password hashes Jobdesk writes: each step doubles the time a sign-in
         * takes (at 10, about 0.1 s of a core). A hash keeps its own cost, so a change applies to the
         * passwords set after it. The production build refuses less than 10; the tests, which sign in
         * some 1,500 times, use 4. Bcrypt takes 4 to 31: outside that, the start fails rather than the
         * first password set.
         */
        @WithDefault("10")
        @WithConverter(BcryptCost.class)
        int hashCost();
    }

    /** Public address of the careers site, used for absolute links in structured data and mail. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Links to reset a forgotten password: how many an hour, per account and per client address. */
    PasswordReset passwordReset();

    interface PasswordReset {
        @WithDefault("3")
        int maxPerAccount();

        @WithDefault("10")
        int maxPerAddress();
    }

    /** Mail about each step (the SMTP server is {@code quarkus.mailer.*}). */
    Mail mail();

    interface Mail {
        /**
         * Whether mail is sent. Off, as on the embedded default, it is kept in the outbox for an
         * admin to read at /admin/outbox, so someone trying Jobdesk sees what would have gone out.
         */
        @WithDefault("false")
        boolean send();

        /**
         * A reviewer is reminded once a posting has waited this many working days (Monday to
         * Friday, in the company's time zone) for their decision.
         */
        @WithDefault("2")
        int reminderWorkingDays();

        /**
         * How often the replicas look for reviews that have waited too long; one replica at a time
         * does, so each reminder goes out once.
         */
        @WithDefault("15m")
        Duration reminderCheck();
    }
}
