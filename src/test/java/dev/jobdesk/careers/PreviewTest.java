package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Preview shows a posting exactly as the careers page will, to those preparing it, and to no search engine. */
@QuarkusTest
class PreviewTest {

    @Test
    void aPreviewIsThePublicPageItWillBeMarkedAndNeverIndexed() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.completeDraft(manager, "Previewed Platform Engineer");
        assertThat(manager.get("/postings/" + id).html()).contains("href=\"/postings/" + id + "/preview\"");

        Page preview = manager.get("/postings/" + id + "/preview").assertStatus(200);
        assertThat(preview.response().header("X-Robots-Tag")).isEqualTo("noindex, nofollow");
        assertThat(preview.html()).contains("<meta name=\"robots\" content=\"noindex, nofollow\">")
                .doesNotContain("application/ld+json");
        assertThat(preview.text()).contains("Preview.", "Previewed Platform Engineer", "What you will do", "Not posted yet");
    }

    @Test
    void theLeadDecidingOnItSeesTheSamePreview() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.completeDraft(manager, "Reviewed with a preview");
        PostingSteps.submit(manager, id, "Lena Lead").assertSeeOther();
        WebClient lead = WebClient.signedInAs("lead");
        assertThat(lead.get("/postings/" + id).html()).contains("href=\"/postings/" + id + "/preview\"");
        assertThat(article(lead.get("/postings/" + id + "/preview").assertStatus(200)))
                .isEqualTo(article(manager.get("/postings/" + id + "/preview")));
        WebClient.signedInAs("lead2").get("/postings/" + id + "/preview").assertStatus(404);
    }

    @Test
    void aPreviewHasTheSameBodyAsThePublishedPage() {
        WebClient manager = WebClient.signedInAs("manager");
        String careersPath = PostingSteps.publishedPosting(manager, WebClient.signedInAs("lead"), "Published and previewed");
        long id = Long.parseLong(careersPath.substring(careersPath.lastIndexOf('-') + 1));
        String published = article(WebClient.anonymous().get(careersPath).assertStatus(200));
        assertThat(article(manager.get("/postings/" + id + "/preview").assertStatus(200))).isEqualTo(published);
    }

    @Test
    void aClosedPostingHasNoPreview() {
        WebClient manager = WebClient.signedInAs("manager");
        String careersPath = PostingSteps.publishedPosting(manager, WebClient.signedInAs("lead"), "Closed, no preview");
        long id = Long.parseLong(careersPath.substring(careersPath.lastIndexOf('-') + 1));
        PostingSteps.step(manager, id, "close").assertSeeOther();
        manager.get("/postings/" + id + "/preview").assertStatus(404);
    }

    private static String article(Page page) {
        return Jsoup.parse(page.html()).selectFirst("article.posting-public").outerHtml();
    }
}
