package dev.jobdesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    private static final Optional<String> STRONG_KEY = Optional.of("k".repeat(32));
    private static final Optional<String> URL = Optional.of("jdbc:postgresql://db/jobdesk");
    private static final Optional<String> USER = Optional.of("jobdesk");
    private static final Optional<String> PASSWORD = Optional.of("secret");

    @Test
    void acceptsACompleteConfiguration() {
        assertThat(ProductionGuard.problems(STRONG_KEY, URL, USER, PASSWORD)).isEmpty();
    }

    @Test
    void refusesAMissingOrShortSessionKey() {
        assertThat(ProductionGuard.problems(Optional.empty(), URL, USER, PASSWORD))
                .singleElement().asString().contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY");
        assertThat(ProductionGuard.problems(Optional.of("k".repeat(31)), URL, USER, PASSWORD)).hasSize(1);
    }

    @Test
    void refusesMissingDatabaseSettings() {
        assertThat(ProductionGuard.problems(STRONG_KEY, Optional.empty(), Optional.empty(), PASSWORD))
                .containsExactly("set QUARKUS_DATASOURCE_JDBC_URL",
                        "set QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
    }

    @Test
    void refusesForwardedAddressesFromAnyone() {
        assertThat(ProductionGuard.forwardingProblem(true, Optional.empty())).get().asString()
                .contains("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
        assertThat(ProductionGuard.forwardingProblem(true, Optional.of("10.0.0.0/8"))).isEmpty();
        assertThat(ProductionGuard.forwardingProblem(false, Optional.empty())).isEmpty();
    }

    @Test
    void refusesToUndoTheProductionDefaults() {
        assertThat(ProductionGuard.safetyProblems(List.of("pg"), false, true)).isEmpty();
        assertThat(ProductionGuard.safetyProblems(List.of("prod"), false, true)).singleElement().asString()
                .contains("QUARKUS_PROFILE");
        assertThat(ProductionGuard.safetyProblems(List.of("pg"), true, true)).singleElement().asString()
                .contains("JOBDESK_DEMO_ACCOUNTS");
        assertThat(ProductionGuard.safetyProblems(List.of("pg"), false, false)).singleElement().asString()
                .contains("JOBDESK_HTTPS_ONLY");
    }

    @Test
    void refusesAPublicAddressThatIsNotTheSitesOwn() {
        assertThat(ProductionGuard.publicAddressProblem("https://careers.example.com")).isEmpty();
        assertThat(ProductionGuard.publicAddressProblem("http://localhost:8080")).get().asString()
                .contains("JOBDESK_PUBLIC_URL");
        assertThat(ProductionGuard.publicAddressProblem("https://localhost")).isPresent();
        assertThat(ProductionGuard.publicAddressProblem("http://careers.example.com")).isPresent();
    }

    @Test
    void refusesPasswordHashesCheaperThanBcryptsUsualCost() {
        assertThat(ProductionGuard.hashCostProblem(10)).isEmpty();
        assertThat(ProductionGuard.hashCostProblem(12)).isEmpty();
        assertThat(ProductionGuard.hashCostProblem(9)).get().asString().contains("JOBDESK_LOGIN_HASH_COST");
    }
}
