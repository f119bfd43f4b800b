package dev.jobdesk.careers;

import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.posting.PublishedPostings;
import dev.jobdesk.web.Freshness;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jboss.resteasy.reactive.RestPath;

/**
 * What crawlers read first: {@code /robots.txt} keeps them to the public pages and points to the
 * sitemap; {@code /sitemap.xml} is an index of sitemaps of at most 50,000 addresses each (the
 * protocol's limit), the first holding {@code /careers} too, so it stays valid however many postings
 * are live.
 */
@Path("/")
@PermitAll
public class SitemapResource {

    static final int PER_SITEMAP = 50_000;
    private static final String XML = "application/xml;charset=UTF-8";
    private static final DateTimeFormatter W3C_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    /** robots.txt changes only with the configuration, that is with a start. */
    private static final Instant STARTED = Instant.now();

    private final JobdeskConfig config;

    SitemapResource(JobdeskConfig config) {
        this.config = config;
    }

    @GET
    @Path("robots.txt")
    @Produces(MediaType.TEXT_PLAIN)
    public Response robots(@Context RoutingContext request) {
        return Freshness.answer(request, Response.Status.OK, MediaType.TEXT_PLAIN, """
                User-agent: *
                Allow: /careers
                Disallow: /postings
                Disallow: /templates
                Disallow: /reviews
                Disallow: /admin
                Disallow: /account
                Disallow: /login
                Sitemap: %s/sitemap.xml
                """.formatted(config.publicUrl()), STARTED);
    }

    @GET
    @Path("sitemap.xml")
    @Produces(XML)
    public Response index(@Context RoutingContext request) {
        long sitemaps = Math.max(1, (PublishedPostings.liveCount() + PER_SITEMAP - 1) / PER_SITEMAP);
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        for (long number = 1; number <= sitemaps; number++) {
            xml.append("  <sitemap><loc>").append(config.publicUrl()).append("/sitemaps/careers-").append(number)
                    .append(".xml</loc></sitemap>\n");
        }
        return Freshness.answer(request, Response.Status.OK, XML, xml.append("</sitemapindex>\n").toString(),
                PublishedPostings.lastChange());
    }

    @GET
    @Path("sitemaps/careers-{number}.xml")
    @Produces(XML)
    public Response sitemap(@RestPath String number, @Context RoutingContext request) {
        int page = pageNumber(number);
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        if (page == 1) {
            xml.append("  <url><loc>").append(config.publicUrl()).append("/careers</loc></url>\n");
        }
        for (PublishedPostings.SitemapEntry entry : PublishedPostings.sitemapEntries(page, PER_SITEMAP)) {
            // Slugs are lower-case ASCII letters, digits and hyphens: nothing in them needs escaping.
            xml.append("  <url><loc>").append(config.publicUrl()).append("/careers/").append(entry.slug())
                    .append("</loc><lastmod>").append(W3C_DATE.format(entry.lastModified().atOffset(ZoneOffset.UTC)))
                    .append("</lastmod></url>\n");
        }
        return Freshness.answer(request, Response.Status.OK, XML, xml.append("</urlset>\n").toString(),
                PublishedPostings.lastChange());
    }

    private static int pageNumber(String number) {
        if (!number.matches("[1-9]\\d{0,3}")) {
            throw new NotFoundException();
        }
        return Integer.parseInt(number);
    }
}
