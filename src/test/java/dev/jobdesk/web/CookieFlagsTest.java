package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every cookie Jobdesk sets is HttpOnly, whichever part of it sets the cookie. */
@QuarkusTest
class CookieFlagsTest {

    @Test
    void theReturnAddressKeptForAfterSignInIsHttpOnly() {
        Response toLogin = WebClient.anonymous().get("/postings").response();
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertHttpOnly(toLogin, "quarkus-redirect-location");
    }

    @Test
    void signingInAndOutSetsOnlyHttpOnlyCookies() {
        WebClient visitor = WebClient.anonymous();
        assertHttpOnly(visitor.get("/login").response(), "csrf-token");
        WebClient manager = WebClient.signedInAs("manager");
        manager.get("/postings");
        assertHttpOnly(manager.post("/logout").response(), "jobdesk-session", "jobdesk-login", "jobdesk-flash");
    }

    private static void assertHttpOnly(Response response, String... names) {
        List<Cookie> cookies = response.getDetailedCookies().asList();
        assertThat(cookies).extracting(Cookie::getName).contains(names);
        assertThat(cookies).allSatisfy(cookie -> assertThat(cookie.isHttpOnly()).as(cookie.getName()).isTrue());
    }
}
