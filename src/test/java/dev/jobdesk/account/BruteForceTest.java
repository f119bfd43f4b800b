package dev.jobdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Form;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords gets slower, then stops the guesser's address, while the owner signing in from
 * elsewhere always gets in; nothing says who exists.
 */
@QuarkusTest
class BruteForceTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    private static final String TARGET = "lead2";

    /** Each test signs in from addresses of its own, so no other test is ever throttled. */
    private static String newAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }

    private static Response signIn(String address, String username, String password) {
        return RestAssured.given().redirects().follow(false).header("X-Forwarded-For", address)
                .contentType("application/x-www-form-urlencoded")
                .formParams(Form.of("j_username", username, "j_password", password)).post("/j_security_check");
    }

    private static boolean signedIn(Response answer) {
        return answer.statusCode() == 302 && !answer.header("Location").contains("failed");
    }

    private static LoginThrottle row(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> LoginThrottle.findById(subject));
    }

    @AfterEach
    void forgetTheGuesses() {
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.delete("subject like 'address:203.0.113.%' "
                + "or subject like 'pair:203.0.113.%' or subject = ?1", BruteForceGuard.account(TARGET)));
    }

    @Test
    void guessesFromOneAddressSlowDownThenStopThatAddressButNotTheOwner() {
        String guesser = newAddress();
        long start = System.nanoTime();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(signIn(guesser, TARGET, "wrong-" + attempt).header("Location")).endsWith("/login?failed=true");
        }
        // Tries 5 to 10 each waited, for 0.5 s at most in the tests.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(2_500));
        LoginThrottle pair = row(BruteForceGuard.pair(guesser, TARGET));
        assertThat(pair.failures).isEqualTo(10);
        assertThat(pair.lockedUntil).isNotNull();

        assertThat(signedIn(signIn(guesser, TARGET, WebClient.DEMO_PASSWORD)))
                .as("the right password from the guessing address, while its lock lasts").isFalse();
        assertThat(row(BruteForceGuard.pair(guesser, TARGET)).lockedUntil).as("the lock is not extended")
                .isEqualTo(pair.lockedUntil);
        assertThat(signedIn(signIn(newAddress(), TARGET, WebClient.DEMO_PASSWORD)))
                .as("the owner from another address").isTrue();
    }

    @Test
    void aBurstOfGuessesIsCountedInFull() throws Exception {
        String guesser = newAddress();
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            List<CompletableFuture<Response>> burst = IntStream.range(0, 100)
                    .mapToObj(attempt -> CompletableFuture.supplyAsync(
                            () -> signIn(guesser, TARGET, "burst-" + attempt), pool))
                    .toList();
            assertThat(burst.stream().map(CompletableFuture::join)).allSatisfy(
                    answer -> assertThat(signedIn(answer)).isFalse());
        } finally {
            pool.shutdown();
        }
        assertThat(row(BruteForceGuard.pair(guesser, TARGET)).failures)
                .as("passwords checked out of a burst of 100: the limit, no more").isEqualTo(10);
        assertThat(signedIn(signIn(newAddress(), TARGET, WebClient.DEMO_PASSWORD))).isTrue();
    }

    @Test
    void rightPasswordsNeverCountAgainstTheirAddress() {
        String office = newAddress();
        for (int signIn = 0; signIn < 25; signIn++) {
            assertThat(signedIn(signIn(office, TARGET, WebClient.DEMO_PASSWORD))).as("sign-in %d", signIn).isTrue();
        }
        assertThat(row(BruteForceGuard.address(office)).failures).isZero();
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
        Response refused = signIn(address, "manager", WebClient.DEMO_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("900");
        assertThat(refused.asString()).contains("Too many failed sign-ins").doesNotContain("manager");
        assertThat(signedIn(signIn(newAddress(), "manager", WebClient.DEMO_PASSWORD))).isTrue();
    }

    @Test
    void anAdminUnlocksAnAccountForEveryAddress() {
        String guesser = newAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            signIn(guesser, TARGET, "wrong-" + attempt);
        }
        WebClient admin = WebClient.signedInAs("admin");
        String page = admin.get("/admin/users").assertStatus(200).html();
        assertThat(page).contains("Failed sign-ins lately", "Unlock sign-in");
        long id = QuarkusTransaction.requiringNew().call(() -> UserAccount.findByUsername(TARGET).orElseThrow().id);
        admin.post("/admin/users/" + id + "/clear-failed-sign-ins").assertSeeOther();

        assertThat(signedIn(signIn(guesser, TARGET, WebClient.DEMO_PASSWORD))).isTrue();
    }

    @Test
    void rowsForgottenAndUnlockedAreDeleted() {
        String address = newAddress();
        signIn(address, "nobody-" + address, "wrong-password");
        assertThat(row(BruteForceGuard.address(address))).isNotNull();
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.deleteSpent(
                java.time.Instant.now().plus(Duration.ofHours(1)), Duration.ofMinutes(15)));
        assertThat(row(BruteForceGuard.address(address))).isNull();
        assertThat(row(BruteForceGuard.pair(address, "nobody-" + address))).isNull();
    }
}
