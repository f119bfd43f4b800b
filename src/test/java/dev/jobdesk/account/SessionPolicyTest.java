package dev.jobdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sessions end when they are too old, when an admin ends them, and when the user is disabled. */
@QuarkusTest
class SessionPolicyTest {

    @Inject
    SessionPolicy policy;

    private static WebClient admin() {
        return WebClient.signedInAs("admin");
    }

    private static long idOf(String username) {
        return UserAccount.findByUsername(username).orElseThrow().id;
    }

    private static String createUser(WebClient admin, String username, String... roles) {
        admin.get("/admin/users").assertStatus(200);
        Page created = admin.post("/admin/users", Form.of("username", username, "displayName", "Test " + username,
                "email", username + "@example.com", "roles", java.util.List.of(roles),
                "password", "plum-harbour-quietly-7", "passwordAgain", "plum-harbour-quietly-7"));
        assertThat(created.assertSeeOther()).isEqualTo("/admin/users");
        return username;
    }

    private static WebClient signIn(String username) {
        WebClient client = WebClient.anonymous();
        client.get("/login");
        Page login = client.postRaw("/j_security_check",
                Form.of("j_username", username, "j_password", "plum-harbour-quietly-7"));
        assertThat(login.location()).isNotEqualTo("/login?failed=true");
        return client;
    }

    @Test
    void anAdminEndsAllOfAUsersSessions() {
        WebClient admin = admin();
        String username = createUser(admin, "ended" + System.nanoTime() % 100000, "MANAGER");
        WebClient first = signIn(username);
        WebClient second = signIn(username);
        first.get("/postings").assertStatus(200);

        admin.get("/admin/users");
        admin.post("/admin/users/" + idOf(username) + "/end-sessions").assertSeeOther();

        for (WebClient session : new WebClient[] {first, second}) {
            Page ended = session.get("/postings");
            assertThat(ended.status()).isEqualTo(302);
            assertThat(ended.location()).isEqualTo("/login");
            session.get("/login").assertStatus(200);
        }
        signIn(username).get("/postings").assertStatus(200);
    }

    @Test
    void aDisabledUserIsSignedOutAndCannotSignIn() {
        WebClient admin = admin();
        String username = createUser(admin, "gone" + System.nanoTime() % 100000, "LEAD");
        WebClient session = signIn(username);
        session.get("/reviews").assertStatus(200);

        admin.get("/admin/users");
        admin.post("/admin/users/" + idOf(username) + "/disable").assertSeeOther();
        assertThat(session.get("/reviews").status()).isEqualTo(302);

        WebClient again = WebClient.anonymous();
        again.get("/login");
        assertThat(again.postRaw("/j_security_check", Form.of("j_username", username,
                "j_password", "plum-harbour-quietly-7")).location()).isEqualTo("/login?failed=true");

        admin.get("/admin/users");
        admin.post("/admin/users/" + idOf(username) + "/enable").assertSeeOther();
        signIn(username).get("/reviews").assertStatus(200);
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() {
        WebClient manager = WebClient.signedInAs("manager2");
        manager.get("/postings").assertStatus(200);
        long nineHoursAgo = Instant.now().minus(Duration.ofHours(9)).toEpochMilli();
        manager.cookies().put(SessionPolicy.LOGIN_COOKIE, policy.sign("manager2", nineHoursAgo));
        assertThat(manager.get("/postings").status()).isEqualTo(302);
    }

    @Test
    void aForgedOrBorrowedLoginTimeIsRefused() {
        WebClient manager = WebClient.signedInAs("manager2");
        String genuine = manager.cookies().get(SessionPolicy.LOGIN_COOKIE);
        manager.cookies().put(SessionPolicy.LOGIN_COOKIE, genuine.substring(0, genuine.length() - 2) + "xx");
        assertThat(manager.get("/postings").status()).isEqualTo(302);

        WebClient other = WebClient.signedInAs("manager");
        other.cookies().put(SessionPolicy.LOGIN_COOKIE, policy.sign("manager2", Instant.now().toEpochMilli()));
        assertThat(other.get("/postings").status()).isEqualTo(302);
    }

    @Test
    void newAccountsNeedAStrongPasswordAndAValidForm() {
        WebClient admin = admin();
        admin.get("/admin/users");
        Page refused = admin.post("/admin/users", Form.of("username", "X", "displayName", "", "email", "nope",
                "password", "password1234", "passwordAgain", "different-thing")).assertStatus(400);
        assertThat(refused.text()).contains("Use 3 to 64 lower-case letters", "This field is required.",
                "Give an email address like name@example.com.", "Choose at least one role.",
                "This password is too common or too simple", "The two passwords differ.");
        assertThat(refused.fieldValue("username")).isEqualTo("X");
        assertThat(refused.html()).doesNotContain("password1234");
        Page tooLong = admin.post("/admin/users", Form.of("username", "long.name", "displayName", "n".repeat(121),
                "email", "long@example.com", "roles", "MANAGER", "password", "a long and unusual passphrase",
                "passwordAgain", "a long and unusual passphrase")).assertStatus(400);
        assertThat(tooLong.text()).contains("Use at most 120 characters (this has 121).");
        assertThat(tooLong.fieldValue("displayName")).hasSize(121);
    }

    @Test
    void onlyAdminsManageUsersAndNobodyDisablesThemself() {
        WebClient.signedInAs("manager").get("/admin/users").assertStatus(403);
        WebClient admin = admin();
        admin.get("/admin/users");
        admin.post("/admin/users/" + idOf("admin") + "/disable").assertSeeOther();
        assertThat(admin.get("/admin/users").text()).contains("You can't disable your own account.");
    }

    @Test
    void signingOutClearsBothCookiesAndSaysSo() {
        WebClient manager = WebClient.signedInAs("manager");
        manager.get("/postings");
        manager.post("/logout").assertSeeOther();
        assertThat(manager.cookies()).doesNotContainKeys("jobdesk-session", SessionPolicy.LOGIN_COOKIE);
        assertThat(manager.get("/login").text()).contains("You are signed out.");
    }

    @Test
    void aCopyOfASignedOutSessionIsRefusedWhileOtherSessionsGoOn() {
        WebClient admin = admin();
        String username = createUser(admin, "leaver" + System.nanoTime() % 100000, "MANAGER");
        WebClient shared = signIn(username);
        WebClient own = signIn(username);
        shared.get("/postings").assertStatus(200);
        java.util.Map<String, String> copied = new java.util.HashMap<>(shared.cookies());

        shared.post("/logout").assertSeeOther();

        WebClient replay = WebClient.anonymous();
        replay.cookies().putAll(copied);
        assertThat(replay.get("/postings").location()).isEqualTo("/login");
        own.get("/postings").assertStatus(200);
    }
}
