package dev.jobdesk.careers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The careers pages as HTTP caches on the way see them: validators and a short public lifetime,
 * 304 when the client's copy is current (whether the page is rendered or kept), no cookie for an
 * anonymous visitor, nothing cacheable for a signed-in one, and text compressed as the client asks.
 */
@QuarkusTest
class CareersHttpTest {

    @Test
    void anonymousPagesCarryValidatorsAndAShortPublicLifetimeAndNoCookie() {
        String careersPath = PostingSteps.publishedPosting(WebClient.signedInAs("manager"), WebClient.signedInAs("lead"),
                "Cacheable Engineer");
        for (String path : new String[] {"/careers", careersPath, "/careers?workplace=REMOTE"}) {
            for (int visit = 0; visit < 2; visit++) {
                Response page = anonymousGet(path, "", "");
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.header("Cache-Control")).as(path).isEqualTo("public, max-age=60");
                assertThat(page.header("ETag")).as(path).matches("\"[A-Za-z0-9_-]{22}\"");
                assertThat(page.header("Last-Modified")).as(path).endsWith("GMT");
                assertThat(page.headers().getValues("Set-Cookie")).as(path + ", visit " + visit).isEmpty();
            }
        }
    }

    @Test
    void aClientWhoseCopyIsCurrentGets304WithoutThePage() {
        String careersPath = PostingSteps.publishedPosting(WebClient.signedInAs("manager"), WebClient.signedInAs("lead"),
                "Revalidated Engineer");
        Response first = anonymousGet(careersPath, "", "");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        // Twice: once as rendered, once from the kept copy.
        for (int visit = 0; visit < 2; visit++) {
            Response again = anonymousGet(careersPath, etag, "");
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.asByteArray()).isEmpty();
            assertThat(again.header("ETag")).isEqualTo(etag);
            assertThat(anonymousGet(careersPath, "W/" + etag, "").statusCode()).as("weak comparison").isEqualTo(304);
            assertThat(anonymousGet(careersPath, "\"something-else\"", "").statusCode()).isEqualTo(200);
            assertThat(anonymousGet(careersPath, "", lastModified).statusCode()).isEqualTo(304);
            String before = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1)
                            .withZoneSameInstant(ZoneOffset.UTC));
            assertThat(anonymousGet(careersPath, "", before).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theSitemapAndRobotsTxtAreRevalidatedToo() {
        for (String path : new String[] {"/robots.txt", "/sitemap.xml", "/sitemaps/careers-1.xml"}) {
            Response first = anonymousGet(path, "", "");
            assertThat(first.header("Cache-Control")).as(path).isEqualTo("public, max-age=60");
            assertThat(anonymousGet(path, first.header("ETag"), "").statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void aClosedPostingAnswers410EvenToAClientHoldingTheLiveCopy() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.approvedPosting(manager, WebClient.signedInAs("lead"), "Closing Engineer");
        PostingSteps.step(manager, id, "publish").assertSeeOther();
        String careersPath = PostingSteps.careersPath(manager, id);
        String etag = anonymousGet(careersPath, "", "").header("ETag");
        String listEtag = anonymousGet("/careers", "", "").header("ETag");
        PostingSteps.step(manager, id, "close").assertSeeOther();
        assertThat(anonymousGet(careersPath, etag, "").statusCode()).isEqualTo(410);
        assertThat(anonymousGet("/careers", listEtag, "").statusCode()).as("the list changed").isEqualTo(200);
    }

    @Test
    void aSignedInVisitorsPageIsKeptByNoCache() {
        Response page = given().cookies(WebClient.signedInAs("manager").cookies()).get("/careers");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("ETag")).isNull();
    }

    @Test
    void textIsCompressedAsTheClientAsks() {
        for (String path : new String[] {"/careers", "/assets/jobdesk.css", "/sitemap.xml", "/robots.txt"}) {
            assertThat(encoding(path, "gzip")).as(path).isEqualTo("gzip");
            assertThat(encoding(path, "br, gzip")).as(path).isEqualTo("br");
            assertThat(encoding(path, "identity")).as(path).isNull();
        }
    }

    private static String encoding(String path, String acceptEncoding) {
        Response response = given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", acceptEncoding).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.header("Content-Encoding");
    }

    private static Response anonymousGet(String path, String ifNoneMatch, String ifModifiedSince) {
        var request = given().redirects().follow(false);
        if (!ifNoneMatch.isEmpty()) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (!ifModifiedSince.isEmpty()) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return request.get(path);
    }
}
