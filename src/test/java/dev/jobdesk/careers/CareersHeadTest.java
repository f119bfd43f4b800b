package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What search engines and browsers read beside the content: canonical addresses, descriptions, the icon, times. */
@QuarkusTest
class CareersHeadTest {

    private static final String PUBLIC_URL = "http://localhost:8080";

    @Test
    void everyVariantOfTheListNamesThePlainListAsItsCanonicalAddress() {
        for (String path : new String[] {"/careers", "/careers?workplace=REMOTE", "/careers?team=Platform&utm_source=board"}) {
            Document list = WebClient.anonymous().get(path).assertStatus(200).document();
            assertThat(list.selectFirst("link[rel=canonical]").attr("href")).as(path).isEqualTo(PUBLIC_URL + "/careers");
            assertThat(list.selectFirst("meta[name=description]").attr("content")).startsWith("Open positions at");
        }
    }

    @Test
    void aPostingNamesItsOwnAddressSaysApplyingHappensElsewhereAndDatesItsTimesToTheMillisecond() throws Exception {
        WebClient manager = WebClient.signedInAs("manager");
        String careersPath = PostingSteps.publishedPosting(manager, WebClient.signedInAs("lead"), "Canonical Engineer");
        Page posting = WebClient.anonymous().get(careersPath).assertStatus(200);
        assertThat(posting.document().title()).isEqualTo("Canonical Engineer · Jobdesk");
        Document head = posting.document();
        assertThat(head.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Canonical Engineer");
        assertThat(head.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(PUBLIC_URL + careersPath);
        assertThat(head.selectFirst("meta[property=og:description]").attr("content")).startsWith("Canonical Engineer at Jobdesk, Berlin, Germany.");
        assertThat(head.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(posting.document().select("a.button:contains(Apply now)")).as("Apply at the top and at the end").hasSizeGreaterThanOrEqualTo(2);
        assertThat(WebClient.anonymous().get("/careers").document().title()).isEqualTo("Careers · Jobdesk");
        assertThat(posting.document().selectFirst("link[rel=canonical]").attr("href")).isEqualTo(PUBLIC_URL + careersPath);
        assertThat(new ObjectMapper().readTree(posting.jsonLd()).path("directApply").isBoolean()).isTrue();
        assertThat(new ObjectMapper().readTree(posting.jsonLd()).path("directApply").asBoolean()).isFalse();
        for (Page page : new Page[] {posting, WebClient.anonymous().get("/careers"), manager.get("/postings")}) {
            assertThat(page.document().select("time[datetime]").eachAttr("datetime"))
                    .allSatisfy(datetime -> assertThat(datetime).matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z)?"));
        }
    }

    @Test
    void anAddressWithATrailingSlashIsSentToTheOneWithout() {
        for (String[] redirect : new String[][] {{"/careers/", "/careers"},
                {"/careers/some-job-7/?utm_source=board", "/careers/some-job-7?utm_source=board"}}) {
            Page answer = WebClient.anonymous().get(redirect[0]);
            assertThat(answer.status()).as(redirect[0]).isEqualTo(301);
            assertThat(answer.location()).as(redirect[0]).isEqualTo(redirect[1]);
        }
        WebClient.anonymous().get("/careers").assertStatus(200);
        // Only the list and the pages right below it are careers pages; deeper addresses are no one's.
        WebClient.anonymous().get("/careers/some-job-7/more/").assertStatus(404);
    }

    @Test
    void everyPageNamesAnIconThatIsServed() {
        Document careers = WebClient.anonymous().get("/careers").document();
        String icon = careers.selectFirst("link[rel=icon]").attr("href");
        RestAssured.given().get(icon).then().statusCode(200).contentType("image/svg+xml");
    }
}
