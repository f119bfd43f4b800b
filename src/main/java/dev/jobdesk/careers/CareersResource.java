package dev.jobdesk.careers;

import dev.jobdesk.account.CurrentUser;
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
import java.util.Optional;
import javax.sql.DataSource;
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
        static native TemplateInstance list(ResultPage<LiveListings.Listed> postings, List<TeamGroup> groups,
                                            CareersFilter filter, FilterChoices choices, Company.Profile company,
                                            String publicUrl);

        /** {@code preview}: the page as it will be, shown to those preparing it (see PreviewResource). */
        static native TemplateInstance detail(Posting posting, PostingContent content, String jsonLd,
                                              String applyHref, Company.Profile company, String publicUrl, boolean preview);

        static native TemplateInstance gone(String title, String companyName);

        /** One posting in the list (see {@link KeptCards}). */
        static native TemplateInstance card(PublishedPostings.Card job);
    }

    private final JobPostingJsonLd jsonLd;
    private final JobdeskConfig config;
    private final CareersCache cache;
    private final CurrentUser currentUser;
    private final Flash flash;
    private final Company company;
    private final LiveListings listings;
    private final SiteVersion siteVersion;
    private final DataSource database;
    private final KeptCards cards;
    private final KeptRenderings keeper;
    private volatile FilterChoices choices = FilterChoices.of(List.of(), List.of());

    CareersResource(JobPostingJsonLd jsonLd, JobdeskConfig config, CareersCache cache, CurrentUser currentUser,
                    Flash flash, Company company, LiveListings listings, SiteVersion siteVersion, DataSource database,
                    KeptCards cards, KeptRenderings keeper) {
        this.keeper = keeper;
        this.database = database;
        this.cards = cards;
        this.listings = listings;
        this.siteVersion = siteVersion;
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
        ResultPage<LiveListings.Listed> postings = listed.postings();
        if (postings.isPastTheEnd()) {
            throw new NotFoundException();
        }
        List<TeamGroup> groups = postings.isEmpty() ? List.of()
                : TeamGroup.of(postings.rows(), listed.countByTeam(), cards.of(postings.rows(), listed.live()));
        return answer(request, Response.Status.OK, Views.list(postings, groups, filter,
                choicesFor(listed), company.profile(), config.publicUrl()), listed.lastChange());
    }

    private FilterChoices choicesFor(LiveListings.ListPage listed) {
        FilterChoices current = choices;
        if (!current.isFor(listed.teams(), listed.countries())) {
            current = FilterChoices.of(listed.teams(), listed.countries());
            choices = current;
        }
        return current;
    }

    /**
     * A live posting's page. Anonymous visitors get the page kept with the posting while it is current
     * (see {@link CareersPage}); the first to come after it changed renders and keeps it.
     */
    @GET
    @Path("/{slug}")
    public Response detail(@RestPath String slug, @Context RoutingContext request) {
        String site = isSameForEveryone() ? siteVersion.current() : null;
        if (site != null) {
            Optional<CareersPage.Kept> kept = CareersPage.current(database, slug, site);
            if (kept.isPresent()) {
                return answerPublic(request, Response.Status.OK, kept.get().html(), kept.get().etag(),
                        kept.get().lastChanged());
            }
        }
        Posting posting = PublishedPostings.bySlug(slug).orElseThrow(NotFoundException::new);
        if (posting.isClosed()) {
            return answer(request, Response.Status.GONE, Views.gone(posting.title(), company.name()),
                    posting.updatedAt());
        }
        if (!posting.isLive()) {
            throw new NotFoundException();
        }
        PostingContent content = posting.liveContent();
        byte[] page = Utf8Pages.render(Views.detail(posting, content, jsonLd.of(posting, content),
                applyHref(content.howToApply()), company.profile(), config.publicUrl(), false));
        if (site == null) {
            return answer(request, Response.Status.OK, page, posting.updatedAt());
        }
        String etag = Freshness.etagOf(page);
        // For the next visitor, on any replica.
        keeper.keepPage(new KeptRenderings.Page(posting.id(), posting.version(), site, etag, page));
        return answerPublic(request, Response.Status.OK, page, etag, posting.updatedAt());
    }

    /**
     * Renders the page. When it is the same for everyone, it says so to caches on the way (see
     * {@link Freshness}), a copy is kept for the next anonymous visitors, and a client whose copy is
     * current gets 304 without the page.
     */
    private Response answer(RoutingContext request, Response.Status status, TemplateInstance page,
                            Instant lastChanged) {
        return answer(request, status, Utf8Pages.render(page), lastChanged);
    }

    private Response answer(RoutingContext request, Response.Status status, byte[] bytes, Instant lastChanged) {
        if (!isSameForEveryone()) {
            return Response.status(status).type(HTML).header(HttpHeaders.CACHE_CONTROL, Freshness.PRIVATE_CACHE_CONTROL)
                    .entity(bytes).build();
        }
        return answerPublic(request, status, bytes, Freshness.etagOf(bytes), lastChanged);
    }

    /** The same page for everyone: marked so for caches on the way, and kept in this replica's page cache. */
    private Response answerPublic(RoutingContext request, Response.Status status, byte[] bytes, String etag,
                                  Instant lastChanged) {
        Response answer = Freshness.answer(request, status, HTML, bytes, etag, lastChanged);
        cache.keep(request.request(), status.getStatusCode(), bytes);
        return answer;
    }

    /** Neither signed in (the header shows who) nor carrying a flash message. */
    private boolean isSameForEveryone() {
        return !(currentUser.isSignedIn() || flash.isPresent());
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
