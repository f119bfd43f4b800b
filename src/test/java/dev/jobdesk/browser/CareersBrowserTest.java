package dev.jobdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** A candidate reading a posting on a phone: Apply is always in reach. */
@QuarkusTest
class CareersBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void applyStaysInReachWhileReadingOnAPhone() {
        String careersPath = PostingSteps.publishedPosting(WebClient.signedInAs("manager"), WebClient.signedInAs("lead"),
                "Apply-in-reach Engineer");
        try (Browser candidate = Browser.open(base)) {
            candidate.width(Browser.DESKTOP).go(careersPath);
            assertThat(candidate.inView(".apply-top .button")).as("Apply at the top at 1280 px").isTrue();
            candidate.width(Browser.PHONE).go(careersPath);
            assertThat(candidate.inView(".apply-bar .button")).as("Apply at 375 px, at the top").isTrue();
            candidate.scrollHalfway();
            assertThat(candidate.inView(".apply-bar .button")).as("Apply at 375 px, halfway down").isTrue();
            assertThat(candidate.scrollsSideways()).isFalse();
            candidate.assertAccessible();
        }
    }
}
