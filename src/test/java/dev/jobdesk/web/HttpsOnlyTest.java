package dev.jobdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.BehindTheBalancer;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Served over HTTPS only, as the production build always is: every cookie Jobdesk sets is Secure,
 * even though the request reached it as plain HTTP (TLS ends at the load balancer), and every
 * response carries HSTS (configured as the production build configures it).
 */
@QuarkusTest
@TestProfile(BehindTheBalancer.class)
class HttpsOnlyTest {

    @Test
    void signingInSetsOnlySecureCookies() {
        WebClient visitor = WebClient.anonymous();
        Response loginPage = visitor.get("/login").response();
        assertThat(loginPage.header(BehindTheBalancer.HSTS)).isEqualTo(BehindTheBalancer.HSTS_VALUE);
        assertSecure(loginPage, "csrf-token");

        Response signIn = given().redirects().follow(false).cookies(visitor.cookies())
                .formParam("j_username", "manager").formParam("j_password", WebClient.DEMO_PASSWORD)
                .post("/j_security_check");
        assertSecure(signIn, "jobdesk-session", "jobdesk-login");
    }

    @Test
    void signingOutSetsOnlySecureCookies() {
        WebClient manager = WebClient.signedInAs("manager");
        manager.get("/postings");
        assertSecure(manager.post("/logout").response(), "jobdesk-session", "jobdesk-login", "jobdesk-flash");
    }

    @Test
    void cookiesTheBrowserSentAreNotSentBack() {
        WebClient manager = WebClient.signedInAs("manager");
        Response page = manager.get("/postings").response();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.getDetailedCookies().asList()).extracting(Cookie::getName)
                .doesNotContain("jobdesk-login");
        assertThat(page.header(BehindTheBalancer.HSTS)).isEqualTo(BehindTheBalancer.HSTS_VALUE);
    }

    private static void assertSecure(Response response, String... names) {
        List<Cookie> cookies = response.getDetailedCookies().asList();
        assertThat(cookies).extracting(Cookie::getName).contains(names);
        assertThat(cookies).allSatisfy(cookie -> assertThat(cookie.isSecured()).as(cookie.getName()).isTrue());
    }
}
