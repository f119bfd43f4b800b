package dev.jobdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.People;
import dev.jobdesk.support.WebClient;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A signed-in user changes their own password on their account page. */
@QuarkusTest
class PasswordChangeTest {

    private static final String OLD = "violet-ledger-harbour-3";
    private static final String NEW = "copper-lantern-meadow-8";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Test
    void theNewPasswordWorksTheOldOneNoLongerAndOtherSessionsEnd() {
        String username = newUser();
        WebClient laptop = WebClient.anonymous().signIn(username, OLD);
        WebClient phone = WebClient.anonymous().signIn(username, OLD);

        Page account = laptop.get("/account").assertStatus(200);
        assertThat(account.text()).contains("Your account", "Pat Example", username, "Hiring manager", "Change password");
        Page changed = laptop.post("/account/password", change(OLD, NEW, NEW));
        assertThat(changed.assertSeeOther()).isEqualTo("/account");
        assertThat(laptop.get("/account").assertStatus(200).text()).contains("Your password is changed");

        assertThat(laptop.get("/postings").status()).as("the session that changed it goes on").isEqualTo(200);
        assertThat(phone.get("/postings").location()).as("every other session ends").isEqualTo("/login");
        assertThat(signInLocation(username, OLD)).isEqualTo("/login?failed=true");
        assertThat(signInLocation(username, NEW)).isEqualTo("/");
    }

    @Test
    void mistakesAreNamedFieldByFieldAndChangeNothing() {
        String username = newUser();
        WebClient user = WebClient.anonymous().signIn(username, OLD);
        user.get("/account");

        Page wrong = user.post("/account/password", change("not-my-password", "short", "other"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("Your password is unchanged", "This is not your current password.",
                "Use at least 12 characters.", "The two new passwords differ.");
        assertThat(wrong.html()).as("typed passwords are never sent back").doesNotContain("not-my-password", "value=\"short\"");

        assertThat(user.post("/account/password", change(OLD, "password1234", "password1234")).text())
                .contains("too common");
        assertThat(user.post("/account/password", change(OLD, OLD, OLD)).text())
                .contains("Choose a password different from the current one.");
        assertThat(user.post("/account/password", change(OLD, username + "-secret", username + "-secret")).text())
                .contains("Don't put the username in the password.");
        assertThat(signInLocation(username, OLD)).isEqualTo("/");
    }

    @Test
    void guessingTheCurrentPasswordStopsTheGuesserButNotTheOwnerElsewhere() {
        String username = newUser();
        WebClient thief = WebClient.anonymous().signIn(username, OLD);
        thief.get("/account");
        for (int guess = 1; guess <= 10; guess++) {
            thief.post("/account/password", change("guess-number-" + guess, NEW, NEW)).assertStatus(400);
        }
        Page locked = thief.post("/account/password", change(OLD, NEW, NEW));
        assertThat(locked.status()).isEqualTo(400);
        assertThat(locked.text()).contains("Too many wrong passwords");
        assertThat(signInLocation(username, OLD)).as("the owner, from another address").isEqualTo("/");
    }

    private static java.util.Map<String, Object> change(String current, String next, String again) {
        return Form.of("currentPassword", current, "newPassword", next, "newPasswordAgain", again);
    }

    /** Where signing in leads, from an address of this test's own so no other test is throttled by it. */
    private static String signInLocation(String username, String password) {
        return new Page(RestAssured.given().redirects().follow(false).header("X-Forwarded-For", "198.51.100.7")
                .contentType("application/x-www-form-urlencoded")
                .formParams(Form.of("j_username", username, "j_password", password)).post("/j_security_check"))
                .location();
    }

    private static String newUser() {
        String username = "pat" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        People.accountWithPassword(username, OLD, "Pat Example", Role.MANAGER);
        return username;
    }
}
