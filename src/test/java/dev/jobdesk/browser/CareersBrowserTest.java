package dev.jobdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** A candidate reading a posting on a phone, with Apply always in reach, or on paper. */
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

    @Test
    void aPostingPrintsItsTextOnA4AndLetterWithoutTheSitesControls() {
        WebClient manager = WebClient.signedInAs("manager");
        String careersPath = PostingSteps.publishedPosting(manager, WebClient.signedInAs("lead"), "Printed Engineer");
        try (Browser reader = Browser.open(base)) {
            reader.go(careersPath).asPrinted();
            assertThat(reader.takesRoom(".site-header")).as("the site's header on paper").isFalse();
            assertThat(reader.takesRoom(".apply-top .button")).as("a button on paper").isFalse();
            assertThat(reader.takesRoom(".posting-public h1")).isTrue();
            assertThat(reader.takesRoom(".apply.card")).as("how to apply, as text").isTrue();
            assertThat(reader.printedPages(8.27, 11.69)).as("A4 sheets").isBetween(1, 4);
            assertThat(reader.printedPages(8.5, 11)).as("Letter sheets").isBetween(1, 4);

        }
        long draft = PostingSteps.completeDraft(manager, "Printed draft");
        try (Browser owner = Browser.open(base)) {
            owner.signIn("manager").go("/postings/" + draft).asPrinted();
            assertThat(owner.takesRoom(".head-actions")).as("the posting's buttons on paper").isFalse();
            assertThat(owner.takesRoom(".actions")).as("the next steps on paper").isFalse();
            assertThat(owner.takesRoom("#full-text")).isTrue();
            assertThat(owner.printedPages(8.27, 11.69)).as("A4 sheets").isBetween(1, 5);
        }
    }
}
