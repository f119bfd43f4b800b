package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Crawlers find every live posting, and only the public pages. */
@QuarkusTest
class SitemapTest {

    private static final String SITE = "http://localhost:8080";

    @Test
    void robotsKeepCrawlersToThePublicPagesAndPointToTheSitemap() {
        Page robots = WebClient.anonymous().get("/robots.txt").assertStatus(200);
        assertThat(robots.response().contentType()).startsWith("text/plain");
        assertThat(robots.html()).contains("User-agent: *", "Disallow: /postings", "Disallow: /admin",
                "Sitemap: " + SITE + "/sitemap.xml");
    }

    @Test
    void theSitemapListsTheCareersPageAndEveryLivePostingButNoClosedOne() throws Exception {
        WebClient manager = WebClient.signedInAs("manager");
        WebClient lead = WebClient.signedInAs("lead");
        String live = PostingSteps.publishedPosting(manager, lead, "Sitemapped Engineer");
        String closed = PostingSteps.publishedPosting(manager, lead, "Closed Before Crawling");
        PostingSteps.step(manager, Long.parseLong(closed.substring(closed.lastIndexOf('-') + 1)), "close").assertSeeOther();

        Document index = xml(WebClient.anonymous().get("/sitemap.xml").assertStatus(200));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> sitemaps = texts(index, "loc");
        assertThat(sitemaps).containsExactly(SITE + "/sitemaps/careers-1.xml");

        Document sitemap = xml(WebClient.anonymous().get("/sitemaps/careers-1.xml").assertStatus(200));
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        List<String> addresses = texts(sitemap, "loc");
        assertThat(addresses).contains(SITE + "/careers", SITE + live).doesNotContain(SITE + closed);
        assertThat(texts(sitemap, "lastmod")).isNotEmpty().allSatisfy(date -> assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}"));
        WebClient.anonymous().get("/sitemaps/careers-0.xml").assertStatus(404);
        WebClient.anonymous().get("/sitemaps/careers-99999999999.xml").assertStatus(404);
    }

    private static Document xml(Page page) throws Exception {
        assertThat(page.response().contentType()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.html().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document xml, String element) {
        NodeList nodes = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
