package dev.jobdesk.careers;

import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.catalog.Countries;
import dev.jobdesk.company.Company;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.posting.LiveListings;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingContent;
import dev.jobdesk.posting.PublishedPostings;
import dev.jobdesk.web.Addresses;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Freshness;
import dev.jobdesk.web.ResultPage;
import dev.jobdesk.web.Utf8Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The public careers page: published postings only, readable by anyone without signing in. */
@Path("/careers")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class CareersResource {

    public static final int PAGE_SIZE = 20;
    private static final String HTML = "text/html;charset=UTF-8";

    @CheckedTemplate
    static class Views {
        static native TemplateInstance list(ResultPage<PublishedPostings.Card> postings, List<TeamGroup> groups,
                                            CareersFilter filter, List<PublishedPostings.TeamCount> teams,
                                            List<Countries.Country> countries, Company.Profile company, String publicUrl);

        /** {@code preview}: the page as it will be, shown to those preparing it (see PreviewResource). */
        static native TemplateInstance detail(Posting posting, PostingContent content, String jsonLd,
                                              String applyHref, Company.Profile company, String publicUrl, boolean preview);

        static native TemplateInstance gone(String title, String companyName);
    }

    private final JobPostingJsonLd jsonLd;
    private final JobdeskConfig config;
    private final CareersCache cache;
    private final CurrentUser currentUser;
    private final Flash flash;
    private final Company company;
    private final LiveListings listings;

    CareersResource(JobPostingJsonLd jsonLd, JobdeskConfig config, CareersCache cache, CurrentUser currentUser,
                    Flash flash, Company company, LiveListings listings) {
        this.listings = listings;
        this.company = company;
        this.jsonLd = jsonLd;
        this.config = config;
        this.cache = cache;
        this.currentUser = currentUser;
        this.flash = flash;
    }

    /** Grouped by team, newest first within each, a page at a time. */
    @GET
    public Response list(@RestQuery String page, @RestQuery String q, @RestQuery String team,
                         @RestQuery String workplace, @RestQuery String seniority, @RestQuery String country,
                         @Context RoutingContext request) {
        CareersFilter filter = CareersFilter.of(team, workplace, seniority, country, q);
        LiveListings.ListPage listed = listings.page(filter.asQueryFilter(), PublishedPostings.Order.BY_TEAM,
                ResultPage.number(page), PAGE_SIZE);
        ResultPage<PublishedPostings.Card> postings = listed.cards();
        if (postings.isPastTheEnd()) {
            throw new NotFoundException();
        }
        List<TeamGroup> groups = postings.isEmpty() ? List.of() : TeamGroup.of(postings.rows(), listed.countByTeam());
        return answer(request, Response.Status.OK, Views.list(postings, groups, filter, listed.teams(),
                listed.countries(), company.profile(), config.publicUrl()), listed.lastChange());
    }

    @GET
    @Path("/{slug}")
    public Response detail(@RestPath String slug, @Context RoutingContext request) {
        Posting posting = PublishedPostings.bySlug(slug).orElseThrow(NotFoundException::new);
        if (posting.isClosed()) {
            return answer(request, Response.Status.GONE, Views.gone(posting.title(), company.name()),
                    posting.updatedAt());
        }
        if (!posting.isLive()) {
            throw new NotFoundException();
        }
        PostingContent content = posting.liveContent();
        return answer(request, Response.Status.OK, Views.detail(posting, content, jsonLd.of(posting, content),
                applyHref(content.howToApply()), company.profile(), config.publicUrl(), false), posting.updatedAt());
    }

    /**
     * Renders the page. When it is the same for everyone, it says so to caches on the way (see
     * {@link Freshness}), a copy is kept for the next anonymous visitors, and a client whose copy is
     * current gets 304 without the page.
     */
    private Response answer(RoutingContext request, Response.Status status, TemplateInstance page,
                            Instant lastChanged) {
        byte[] bytes = Utf8Pages.render(page);
        if (currentUser.isSignedIn() || flash.isPresent()) {
            return Response.status(status).type(HTML).header(HttpHeaders.CACHE_CONTROL, Freshness.PRIVATE_CACHE_CONTROL)
                    .entity(bytes).build();
        }
        Response answer = Freshness.answer(request, status, HTML, bytes, lastChanged);
        cache.keep(request.request(), status.getStatusCode(), bytes);
        return answer;
    }

    /** A link a candidate can follow: the https address as it is, an email address as mailto. */
    public static String applyHref(String howToApply) {
        if (howToApply == null) {
            return null;
        }
        if (Addresses.isWebAddress(howToApply)) {
            return howToApply;
        }
        return Addresses.isEmail(howToApply) ? "mailto:" + howToApply : null;
    }
}
