package dev.jobdesk.careers.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.careers.CareersFilter;
import dev.jobdesk.careers.CareersResource;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.posting.EmploymentType;
import dev.jobdesk.posting.LiveListings;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingContent;
import dev.jobdesk.posting.PublishedPostings;
import dev.jobdesk.posting.SalaryPeriod;
import dev.jobdesk.posting.SalaryRange;
import dev.jobdesk.posting.WorkplaceType;
import dev.jobdesk.web.Freshness;
import dev.jobdesk.web.ResultPage;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The careers site as JSON for job boards and the company's own sites: the live postings, paged and
 * filtered as the careers page is, and each posting with what its page shows. Version 1 of the
 * contract; its OpenAPI document is at {@code /api/v1/openapi.json}. A closed posting answers 410 as
 * its page does; answers revalidate with ETag and Last-Modified.
 */
@Path("/api/v1/postings")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Postings", description = "The live job postings of the careers site")
public class PostingsApi {

    static final String JSON = "application/json";

    @Schema(description = "One page of live postings, newest first")
    public record PostingPage(@Schema(required = true) List<PostingCard> postings,
                              @Schema(required = true, description = "This page's number, from 1") int page,
                              @Schema(description = "The address of the next page; absent on the last") String next) {
    }

    @Schema(description = "A live posting as the careers list shows it")
    public record PostingCard(@Schema(required = true) String slug, @Schema(required = true) String title,
                              String team, @Schema(required = true) Place place,
                              @Schema(required = true) WorkplaceType workplaceType,
                              @Schema(required = true) EmploymentType employmentType,
                              @Schema(required = true) Seniority seniority, Salary salary,
                              @Schema(required = true) Instant publishedAt,
                              @Schema(required = true, description = "The posting's page") String url,
                              @Schema(required = true, description = "This posting in this API") String detail) {
    }

    @Schema(description = "Where the job is: the parts that are given; country as ISO 3166-1 alpha-2")
    public record Place(String city, String region, String country) {
    }

    @Schema(description = "A live posting with everything its page shows")
    public record PostingDetail(@Schema(required = true) String slug, @Schema(required = true) String title,
                                String team, @Schema(required = true) Place place,
                                @Schema(required = true) WorkplaceType workplaceType,
                                @Schema(required = true, description = "For a remote role, where candidates may live: "
                                        + "countries and regions, by name") List<String> candidatesMayLiveIn,
                                @Schema(required = true) EmploymentType employmentType,
                                @Schema(required = true) Seniority seniority,
                                @Schema(required = true) String experience, Salary salary, LocalDate closingDate,
                                @Schema(description = "A web address or mailto: address to apply at") String applyAt,
                                @Schema(required = true) String roleSummary, String reportsTo,
                                String reportingStructure, @Schema(required = true) List<Lines> sections,
                                @Schema(required = true) List<Measure> kpis,
                                @Schema(required = true) List<Question> faq,
                                @Schema(required = true) Instant publishedAt,
                                @Schema(required = true) Instant updatedAt, @Schema(required = true) String url) {
    }

    @Schema(description = "A salary range in whole units of the currency")
    public record Salary(@Schema(required = true) int min, @Schema(required = true) int max,
                         @Schema(required = true, description = "ISO 4217") String currency,
                         @Schema(required = true) SalaryPeriod period) {
    }

    @Schema(description = "A list of the posting under the heading candidates read")
    public record Lines(@Schema(required = true) String heading, @Schema(required = true) List<String> items) {
    }

    @Schema(description = "How success in the role is measured")
    public record Measure(@Schema(required = true) String metric, String target) {
    }

    @Schema(description = "A question candidates ask, answered")
    public record Question(@Schema(required = true) String question, @Schema(required = true) String answer) {
    }

    @Schema(description = "A posting that is no longer open")
    public record Closed(@Schema(required = true) String slug, @Schema(required = true) String title,
                         @Schema(required = true) String status) {
    }

    private final JobdeskConfig config;
    private final ObjectMapper json;
    private final LiveListings listings;

    PostingsApi(JobdeskConfig config, ObjectMapper json, LiveListings listings) {
        this.config = config;
        this.listings = listings;
        // A field not given is left out, as the contract says, rather than written as null.
        this.json = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    @GET
    @Operation(summary = "Live postings, newest first, 20 a page")
    @APIResponse(responseCode = "200", description = "A page of live postings", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = PostingPage.class)))
    @APIResponse(responseCode = "304", description = "The copy named by If-None-Match or If-Modified-Since is current")
    @APIResponse(responseCode = "404", description = "A page past the end of the list")
    public Response list(@Parameter(description = "Page number, from 1") @RestQuery String page,
                         @Parameter(description = "Words each posting must have a word starting with, "
                                 + "whatever their case and accents") @RestQuery String q,
                         @Parameter(description = "Only this team") @RestQuery String team,
                         @Parameter(description = "ONSITE, HYBRID or REMOTE") @RestQuery String workplace,
                         @Parameter(description = "JUNIOR, MID or SENIOR") @RestQuery String seniority,
                         @Parameter(description = "Only jobs in this country, as ISO 3166-1 alpha-2") @RestQuery String country,
                         @Context RoutingContext request) {
        CareersFilter filter = CareersFilter.of(team, workplace, seniority, country, q);
        LiveListings.ListPage listing = listings.page(filter.asQueryFilter(), PublishedPostings.Order.NEWEST,
                ResultPage.number(page), CareersResource.PAGE_SIZE);
        ResultPage<LiveListings.Listed> found = listing.postings();
        if (found.isPastTheEnd()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        List<PostingCard> postings = listings.cards(found.rows()).stream().map(this::card).toList();
        String next = found.hasNext()
                ? config.publicUrl() + "/api/v1/postings?" + filter.asQuery() + "page=" + (found.number() + 1) : null;
        return answer(request, Response.Status.OK, new PostingPage(postings, found.number(), next), listing.lastChange());
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "A live posting")
    @APIResponse(responseCode = "200", description = "The posting", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = PostingDetail.class)))
    @APIResponse(responseCode = "304", description = "The copy named by If-None-Match or If-Modified-Since is current")
    @APIResponse(responseCode = "404", description = "No posting has been live at this address")
    @APIResponse(responseCode = "410", description = "The posting is closed", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Closed.class)))
    public Response posting(@RestPath String slug, @Context RoutingContext request) {
        Posting posting = PublishedPostings.bySlug(slug).orElse(null);
        if (posting == null || !(posting.isLive() || posting.isClosed())) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        if (posting.isClosed()) {
            return answer(request, Response.Status.GONE, new Closed(posting.slug(), posting.title(), "closed"),
                    posting.updatedAt());
        }
        return answer(request, Response.Status.OK, detail(posting, posting.liveContent()), posting.updatedAt());
    }

    private Response answer(RoutingContext request, Response.Status status, Object body, Instant lastChanged) {
        try {
            return Freshness.answer(request, status, JSON, json.writeValueAsString(body), lastChanged);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    private PostingCard card(PublishedPostings.Card card) {
        return new PostingCard(card.slug(), card.title(), card.team(),
                new Place(card.location(), card.region(), card.country()), card.workplaceType(), card.employmentType(),
                card.seniority(), salary(card.salary()), card.publishedAt(), config.publicUrl() + "/careers/" + card.slug(),
                config.publicUrl() + "/api/v1/postings/" + card.slug());
    }

    private static Salary salary(SalaryRange range) {
        return range == null ? null : new Salary(range.min, range.max, range.currency, range.period);
    }

    private PostingDetail detail(Posting posting, PostingContent content) {
        SalaryRange salary = content.salary();
        List<Lines> sections = Arrays.stream(Section.values())
                .filter(section -> !content.bullets(section).isEmpty())
                .map(section -> new Lines(section.publicHeading(), content.bullets(section))).toList();
        return new PostingDetail(posting.slug(), content.title(), content.team(),
                new Place(content.location(), content.region(), content.country()), content.workplaceType(),
                content.remoteAreaNames(), content.employmentType(), content.seniority(), content.experience(),
                salary(salary),
                content.closingDate(), CareersResource.applyHref(content.howToApply()), content.roleSummary(),
                content.reportsTo(), content.reportingStructure(), sections,
                content.kpis().stream().map(kpi -> new Measure(kpi.metric, kpi.target)).toList(),
                content.publicFaqs().stream().map(faq -> new Question(faq.question, faq.answer)).toList(),
                posting.publication().publishedAt(), posting.updatedAt(), config.publicUrl() + "/careers/" + posting.slug());
    }
}
