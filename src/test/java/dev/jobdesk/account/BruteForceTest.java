package dev.jobdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Form;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Guessing passwords gets an account, then an address, locked for a while; nothing says who exists. */
@QuarkusTest
class BruteForceTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    /** Each test signs in from an address of its own, so no other test is ever throttled. */
    private static String newAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }

    private static Response signIn(String address, String username, String password) {
        return RestAssured.given().redirects().follow(false).header("X-Forwarded-For", address)
                .contentType("application/x-www-form-urlencoded")
                .formParams(Form.of("j_username", username, "j_password", password)).post("/j_security_check");
    }

    private static void awaitLocked(String subject) {
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> {
                    LoginThrottle throttle = LoginThrottle.findById(subject);
                    return throttle != null && throttle.lockedUntil != null;
                }));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String address = newAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn(address, "lead2", "wrong-" + attempt).header("Location")).endsWith("/login?failed=true");
        }
        awaitLocked("user:lead2");
        String other = newAddress();
        assertThat(signIn(other, "lead2", WebClient.DEMO_PASSWORD).header("Location")).endsWith("/login?failed=true");
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.deleteById("user:lead2"));
        assertThat(signIn(other, "lead2", WebClient.DEMO_PASSWORD).header("Location")).doesNotContain("failed");
    }

    @Test
    void anUnknownUserFailsExactlyLikeAWrongPassword() {
        String address = newAddress();
        Response unknown = signIn(address, "nobody-at-all", "whatever-1234");
        Response wrong = signIn(address, "manager2", "whatever-1234");
        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(302);
        assertThat(unknown.header("Location")).isEqualTo(wrong.header("Location"));
    }

    @Test
    void anAddressThatKeepsFailingIsAnswered429() {
        String address = newAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            signIn(address, "guess" + attempt, "wrong-password");
        }
        awaitLocked("address:" + address);
        Response refused = signIn(address, "manager", WebClient.DEMO_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("900");
        assertThat(refused.asString()).contains("Too many failed sign-ins").doesNotContain("manager");
        assertThat(signIn(newAddress(), "manager", WebClient.DEMO_PASSWORD).statusCode()).isEqualTo(302);
    }
}
