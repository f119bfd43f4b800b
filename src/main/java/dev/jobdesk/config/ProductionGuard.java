package dev.jobdesk.config;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The production build refuses to start on settings that would be unsafe or that it cannot run on.
 * The bean exists only in that build (its profile is fixed when the jar is built), so no setting
 * given at run time, another profile included, can turn the checks off.
 */
@ApplicationScoped
@IfBuildProfile(ProductionGuard.PRODUCTION_PROFILE)
@UnlessBuildProfile("test")
public class ProductionGuard {

    /** The Quarkus profile of the production build (see application.properties). */
    public static final String PRODUCTION_PROFILE = "pg";

    static final int MIN_SESSION_KEY_LENGTH = 32;
    static final int MIN_HASH_COST = 10;

    /** What the production build must be given; deploy/ provides exactly these. */
    public static final List<String> REQUIRED_SETTINGS = List.of(
            "quarkus.http.auth.session.encryption-key", "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username", "quarkus.datasource.password", "jobdesk.public-url");

    static final String FORWARDING = "quarkus.http.proxy.proxy-address-forwarding";
    static final String TRUSTED_PROXIES = "quarkus.http.proxy.trusted-proxies";

    private final JobdeskConfig config;

    ProductionGuard(JobdeskConfig config) {
        this.config = config;
    }

    /** Before anything else at start, the demo accounts' seeding included. */
    void check(@Observes @jakarta.annotation.Priority(1) StartupEvent start) {
        List<String> problems = problems(setting(REQUIRED_SETTINGS.get(0)), setting(REQUIRED_SETTINGS.get(1)),
                setting(REQUIRED_SETTINGS.get(2)), setting(REQUIRED_SETTINGS.get(3)));
        forwardingProblem(setting(FORWARDING).map(Boolean::parseBoolean).orElse(false), setting(TRUSTED_PROXIES))
                .ifPresent(problems::add);
        problems.addAll(safetyProblems(ConfigUtils.getProfiles(), config.demoAccounts(), config.httpsOnly()));
        publicAddressProblem(config.publicUrl()).ifPresent(problems::add);
        hashCostProblem(config.login().hashCost()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Jobdesk will not start in production: " + String.join("; ", problems));
        }
    }

    /**
     * X-Forwarded-For names the client only when a proxy of ours wrote it; believed from anyone, it lets
     * a guesser rotate addresses past the sign-in throttle, or lock others out under their addresses.
     */
    static Optional<String> forwardingProblem(boolean forwarding, Optional<String> trustedProxies) {
        return forwarding && trustedProxies.isEmpty()
                ? Optional.of("set QUARKUS_HTTP_PROXY_TRUSTED_PROXIES to the load balancer's addresses, or turn "
                        + "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING off when clients connect directly")
                : Optional.empty();
    }

    /**
     * The production defaults that make it safe are in its profile; a run under another profile,
     * or one told to seed demo accounts or to serve over plain HTTP, would quietly undo them.
     */
    static List<String> safetyProblems(List<String> activeProfiles, boolean demoAccounts, boolean httpsOnly) {
        List<String> problems = new ArrayList<>();
        if (!activeProfiles.contains(PRODUCTION_PROFILE)) {
            problems.add("run the production build with its own profile: unset QUARKUS_PROFILE (it is "
                    + activeProfiles + ")");
        }
        if (demoAccounts) {
            problems.add("demo accounts never run in production: unset JOBDESK_DEMO_ACCOUNTS");
        }
        if (!httpsOnly) {
            problems.add("production is served over HTTPS only: unset JOBDESK_HTTPS_ONLY");
        }
        return problems;
    }

    /**
     * Search engines, job boards and shared links get the careers pages' absolute addresses from it:
     * left at the default, every one of them would point at localhost.
     */
    static Optional<String> publicAddressProblem(String publicUrl) {
        return publicUrl.startsWith("https://") && !publicUrl.startsWith("https://localhost")
                ? Optional.empty()
                : Optional.of("set JOBDESK_PUBLIC_URL to the careers site's public https:// address (it is " + publicUrl + ")");
    }

    /** A hash cheaper than bcrypt's usual cost makes a stolen database's passwords quicker to guess. */
    static Optional<String> hashCostProblem(int hashCost) {
        return hashCost >= MIN_HASH_COST ? Optional.empty()
                : Optional.of("hash passwords at a cost of " + MIN_HASH_COST
                        + " or more: unset JOBDESK_LOGIN_HASH_COST (it is " + hashCost + ")");
    }

    static List<String> problems(Optional<String> sessionKey, Optional<String> jdbcUrl, Optional<String> username,
                                 Optional<String> password) {
        List<String> problems = new ArrayList<>();
        if (sessionKey.map(String::length).orElse(0) < MIN_SESSION_KEY_LENGTH) {
            problems.add("set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY to a secret of at least "
                    + MIN_SESSION_KEY_LENGTH + " characters");
        }
        if (jdbcUrl.isEmpty()) {
            problems.add("set QUARKUS_DATASOURCE_JDBC_URL");
        }
        if (username.isEmpty() || password.isEmpty()) {
            problems.add("set QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
        }
        return problems;
    }

    private static Optional<String> setting(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).filter(value -> !value.isBlank());
    }
}
