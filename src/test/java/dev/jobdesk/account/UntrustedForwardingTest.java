package dev.jobdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.BehindTheBalancer;
import dev.jobdesk.support.Form;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * X-Forwarded-For is believed only from the configured proxies: a guesser connecting directly who
 * writes a new address into every request is still counted, and stopped, under its own.
 */
@QuarkusTest
@TestProfile(BehindTheBalancer.class)
class UntrustedForwardingTest {

    @AfterEach
    void forgetTheGuesses() {
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.delete("subject like 'address:%' or subject like "
                + "'pair:%|forwarded-guess%' or subject like 'account:forwarded-guess%'"));
    }

    @Test
    void aRotatedForwardedAddressDoesNotEscapeTheAddressLimit() {
        for (int attempt = 0; attempt < 20; attempt++) {
            signIn("198.18.0." + attempt, "forwarded-guess-" + attempt);
        }
        assertThat(signIn("198.18.0.99", "manager")).isEqualTo(429);
        assertThat(QuarkusTransaction.requiringNew().call(() -> LoginThrottle.count("subject like 'address:198.18.0.%'")))
                .as("addresses counted from the forged header").isZero();
    }

    private static int signIn(String forgedAddress, String username) {
        return RestAssured.given().redirects().follow(false).header("X-Forwarded-For", forgedAddress)
                .contentType("application/x-www-form-urlencoded")
                .formParams(Form.of("j_username", username, "j_password", "wrong-password")).post("/j_security_check")
                .statusCode();
    }
}
