package dev.jobdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 30-minute idle timeout, shrunk to two seconds: a session left alone that long ends, one in
 * use goes on. The server decides, from the expiry sealed inside the encrypted cookie, so a client
 * that keeps sending an old cookie gains nothing.
 */
@QuarkusTest
@TestProfile(IdleTimeoutTest.ShortIdleTimeout.class)
class IdleTimeoutTest {

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.form.timeout", "PT2S",
                    "quarkus.http.auth.form.new-cookie-interval", "PT0.5S");
        }
    }

    @Test
    void aSessionLeftAloneEnds() {
        // The two seconds run from the sign-in, which a busy machine may take a while to answer.
        Instant beforeSignIn = Instant.now();
        WebClient manager = WebClient.signedInAs("manager");
        manager.get("/postings").assertStatus(200);
        // Each look is made with the cookies as they were left: it does not keep the session alive.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "/login".equals(manager.copy().get("/postings").location()));
        assertThat(Duration.between(beforeSignIn, Instant.now())).as("not before the timeout")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1_500));
    }

    @Test
    void aSessionInUseGoesOnPastTheTimeout() {
        WebClient manager = WebClient.signedInAs("manager");
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(600))
                .until(() -> manager.get("/postings").status() == 200);
    }
}
