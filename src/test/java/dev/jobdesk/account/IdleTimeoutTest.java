package dev.jobdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
    void aSessionLeftAloneEnds() throws InterruptedException {
        WebClient manager = WebClient.signedInAs("manager");
        manager.get("/postings").assertStatus(200);
        Thread.sleep(2_500);
        assertThat(manager.get("/postings").location()).isEqualTo("/login");
    }

    @Test
    void aSessionInUseGoesOnPastTheTimeout() throws InterruptedException {
        WebClient manager = WebClient.signedInAs("manager");
        for (int request = 0; request < 8; request++) {
            Thread.sleep(600);
            manager.get("/postings").assertStatus(200);
        }
    }
}
