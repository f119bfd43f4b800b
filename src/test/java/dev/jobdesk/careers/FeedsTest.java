package dev.jobdesk.careers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Atom feed and the job boards' XML feed: well-formed, the live postings and no closed one,
 * text escaped as XML, and every element Atom (RFC 4287) requires of a feed and its entries.
 */
@QuarkusTest
class FeedsTest extends ManagerAndLead {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITE = "http://localhost:8080";

    @Test
    void theAtomFeedListsLivePostingsWithWhatAtomRequires() throws Exception {
        String live = PostingSteps.publishedPosting(manager, lead, "Feed <Engineer> & Co");
        long closedId = PostingSteps.approvedPosting(manager, lead, "Closed Before The Feed");
        PostingSteps.step(manager, closedId, "publish").assertSeeOther();
        String closed = PostingSteps.careersPath(manager, closedId);
        PostingSteps.step(manager, closedId, "close").assertSeeOther();

        Response answer = given().get("/feeds/careers.atom");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/atom+xml");
        assertThat(answer.header("ETag")).isNotBlank();
        Element feed = parse(answer.asByteArray()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertRequiredOfAFeedOrEntry(feed);
        assertThat(children(feed, "author")).as("an author for the feed, so entries need none").isNotEmpty();
        assertThat(links(feed, "self")).containsExactly(SITE + "/feeds/careers.atom");

        List<Element> entries = children(feed, "entry");
        entries.forEach(FeedsTest::assertRequiredOfAFeedOrEntry);
        List<String> ids = entries.stream().map(entry -> text(entry, "id")).toList();
        assertThat(ids).contains(SITE + live).doesNotContain(SITE + closed);
        Element entry = entries.get(ids.indexOf(SITE + live));
        assertThat(text(entry, "title")).isEqualTo("Feed <Engineer> & Co");
        assertThat(links(entry, "alternate")).containsExactly(SITE + live);
        assertThat(text(entry, "content")).contains("<p>").contains("<li>");
        assertThat(children(entry, "content").get(0).getAttribute("type")).isEqualTo("html");

        assertThat(WebClient.anonymous().get("/careers").document()
                .selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/feeds/careers.atom");
        assertThat(given().header("If-None-Match", answer.header("ETag")).get("/feeds/careers.atom").statusCode())
                .isEqualTo(304);
    }

    @Test
    void theJobFeedCarriesEveryLivePostingAsJobBoardsReadIt() throws Exception {
        long id = PostingSteps.completeDraft(manager, "Boarded Engineer");
        Map<String, Object> form = PostingSteps.editForm(manager, id);
        form.putAll(Map.of("salaryMin", "70000", "salaryMax", "90000", "salaryCurrency", "EUR", "salaryPeriod", "YEAR",
                "employmentType", "CONTRACT"));
        PostingSteps.save(manager, id, form).assertSeeOther();
        String live = PostingSteps.publish(manager, lead, id);

        Response answer = given().get("/feeds/jobs.xml");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/xml");
        Element source = parse(answer.asByteArray()).getDocumentElement();
        assertThat(source.getTagName()).isEqualTo("source");
        assertThat(text(source, "publisher")).isEqualTo("Jobdesk");
        Element job = children(source, "job").stream().filter(each -> text(each, "url").equals(SITE + live))
                .findFirst().orElseThrow();
        assertThat(text(job, "title")).isEqualTo("Boarded Engineer");
        assertThat(text(job, "referencenumber")).isEqualTo(live.substring("/careers/".length()));
        assertThat(text(job, "city")).isEqualTo("Berlin");
        assertThat(text(job, "country")).isEqualTo("DE");
        assertThat(text(job, "salary")).isEqualTo("EUR 70000-90000 per year");
        assertThat(text(job, "jobtype")).isEqualTo("contract");
        assertThat(text(job, "description")).startsWith("<p>");
        assertThat(text(job, "date")).endsWith("GMT");

        String etag = answer.header("ETag");
        assertThat(etag).startsWith("W/\"");
        assertThat(given().header("If-None-Match", etag).get("/feeds/jobs.xml").statusCode()).isEqualTo(304);
        PostingSteps.step(manager, id, "close").assertSeeOther();
        Response afterClosing = given().header("If-None-Match", etag).get("/feeds/jobs.xml");
        assertThat(afterClosing.statusCode()).isEqualTo(200);
        assertThat(afterClosing.asString()).doesNotContain(SITE + live);
    }

    /** RFC 4287 4.1.1 and 4.1.2: one id, one title, one updated in RFC 3339 form. */
    private static void assertRequiredOfAFeedOrEntry(Element element) {
        for (String required : List.of("id", "title", "updated")) {
            assertThat(children(element, required)).as(required + " of " + element.getLocalName()).hasSize(1);
        }
        assertThat(OffsetDateTime.parse(text(element, "updated"))).isNotNull();
        assertThat(text(element, "id")).startsWith("http");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName() != null ? element.getLocalName() : element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    private static List<String> links(Element parent, String relation) {
        return children(parent, "link").stream().filter(link -> relation.equals(link.getAttribute("rel")))
                .map(link -> link.getAttribute("href")).toList();
    }
}
