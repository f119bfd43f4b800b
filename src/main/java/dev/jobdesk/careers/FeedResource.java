package dev.jobdesk.careers;

import dev.jobdesk.company.Company;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingContent;
import dev.jobdesk.posting.PublishedPostings;
import dev.jobdesk.posting.SalaryRange;
import dev.jobdesk.posting.WorkplaceType;
import dev.jobdesk.web.Freshness;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.OutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The live postings as feeds: Atom for people's feed readers (the newest ones), and the XML job feed
 * job boards ingest (Indeed's format, which the others read too: every live posting). Written with an
 * XML writer, so every text is escaped as XML wants it.
 */
@Path("/feeds")
@PermitAll
public class FeedResource {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String XML = "application/xml;charset=UTF-8";
    /** Feed readers show the latest; the job feed and the sitemap carry every posting. */
    static final int ATOM_ENTRIES = 100;
    /** Postings the job feed reads at a time, each batch in its own short transaction. */
    private static final int BATCH = 200;
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final JobdeskConfig config;
    private final Company company;

    FeedResource(JobdeskConfig config, Company company) {
        this.config = config;
        this.company = company;
    }

    @GET
    @Path("careers.atom")
    public Response atom(@Context RoutingContext request) throws XMLStreamException {
        Instant lastChange = PublishedPostings.lastChange();
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        element(xml, "id", config.publicUrl() + "/careers");
        element(xml, "title", "Careers at " + company.name());
        element(xml, "updated", rfc3339(lastChange));
        link(xml, "self", config.publicUrl() + "/feeds/careers.atom");
        link(xml, "alternate", config.publicUrl() + "/careers");
        xml.writeStartElement("author");
        element(xml, "name", company.name());
        xml.writeEndElement();
        for (Posting posting : PublishedPostings.newest(ATOM_ENTRIES)) {
            PostingContent content = posting.liveContent();
            String address = config.publicUrl() + "/careers/" + posting.slug();
            xml.writeStartElement("entry");
            element(xml, "id", address);
            element(xml, "title", content.title());
            link(xml, "alternate", address);
            element(xml, "published", rfc3339(posting.publication().publishedAt()));
            element(xml, "updated", rfc3339(posting.updatedAt()));
            element(xml, "summary", content.roleSummary());
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(PostingDescription.html(content));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return Freshness.answer(request, Response.Status.OK, ATOM, text.toString(), lastChange);
    }

    /**
     * Every live posting, written while it is sent: a board reading 100,000 postings costs this
     * process one batch of them at a time, never the whole feed.
     */
    @GET
    @Path("jobs.xml")
    public Response jobs(@Context RoutingContext request) {
        Instant lastChange = PublishedPostings.lastChange();
        long live = PublishedPostings.liveCount();
        return Freshness.answerStreamed(request, lastChange.toEpochMilli() + "-" + live, XML,
                out -> writeJobs(out, lastChange), lastChange);
    }

    private void writeJobs(OutputStream out, Instant lastChange) {
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("source");
            element(xml, "publisher", company.name());
            element(xml, "publisherurl", config.publicUrl() + "/careers");
            element(xml, "lastBuildDate", Freshness.httpDate(lastChange));
            long after = 0;
            while (true) {
                long from = after;
                List<JobBoardEntry> batch = QuarkusTransaction.requiringNew().call(() -> PublishedPostings
                        .liveAfter(from, BATCH).stream().map(posting -> new JobBoardEntry(posting, posting.liveContent()))
                        .toList());
                for (JobBoardEntry entry : batch) {
                    writeJob(xml, entry.posting(), entry.content());
                }
                if (batch.size() < BATCH) {
                    break;
                }
                after = batch.get(batch.size() - 1).posting().id();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the job feed", e);
        }
    }

    /** A posting with its content read inside the batch's transaction. */
    private record JobBoardEntry(Posting posting, PostingContent content) {
    }

    private void writeJob(XMLStreamWriter xml, Posting posting, PostingContent content) throws XMLStreamException {
        xml.writeStartElement("job");
        element(xml, "title", content.title());
        element(xml, "date", Freshness.httpDate(posting.publication().publishedAt()));
        element(xml, "referencenumber", posting.slug());
        element(xml, "url", config.publicUrl() + "/careers/" + posting.slug());
        element(xml, "company", company.name());
        element(xml, "city", orEmpty(content.location()));
        element(xml, "state", orEmpty(content.region()));
        element(xml, "country", orEmpty(content.country()));
        element(xml, "description", PostingDescription.html(content));
        SalaryRange salary = content.salary();
        if (salary != null) {
            element(xml, "salary", salary.currency + " " + salary.min + "-" + salary.max + " "
                    + salary.period.label());
        }
        element(xml, "jobtype", switch (content.employmentType()) {
            case FULL_TIME -> "fulltime";
            case PART_TIME -> "parttime";
            case CONTRACT -> "contract";
            case TEMPORARY -> "temporary";
            case INTERN -> "internship";
        });
        if (content.workplaceType() != WorkplaceType.ONSITE) {
            element(xml, "remotetype", content.workplaceType() == WorkplaceType.REMOTE ? "Fully remote" : "Hybrid remote");
        }
        if (content.closingDate() != null) {
            element(xml, "expirationdate", content.closingDate().toString());
        }
        if (!content.remoteAreaNames().isEmpty()) {
            element(xml, "remotelocation", content.remoteAreaText());
        }
        element(xml, "experience", content.experience());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String relation, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", relation);
        xml.writeAttribute("href", href);
    }

    private static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
