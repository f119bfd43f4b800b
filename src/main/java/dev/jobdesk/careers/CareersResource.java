package dev.jobdesk.careers;

import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingContent;
import dev.jobdesk.posting.Status;
import dev.jobdesk.web.JobdeskConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The public careers page: published postings only, readable by anyone without signing in. */
@Path("/careers")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class CareersResource {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CareersListing> postings, int page, boolean hasNext,
                                            String companyName);

        static native TemplateInstance detail(Posting posting, PostingContent content, String jsonLd,
                                              String applyHref, String companyName);

        static native TemplateInstance gone(String title, String companyName);
    }

    private final JobPostingJsonLd jsonLd;
    private final JobdeskConfig config;

    CareersResource(JobPostingJsonLd jsonLd, JobdeskConfig config) {
        this.jsonLd = jsonLd;
        this.config = config;
    }

    /** Newest first, a page at a time; one row more than a page tells whether there is a next one. */
    @GET
    public TemplateInstance list(@RestQuery Integer page) {
        int current = page == null || page < 1 ? 1 : page;
        List<CareersListing> rows = Posting.getEntityManager().createQuery("""
                        select new dev.jobdesk.careers.CareersListing(p.slug, p.title, p.team, p.location,
                            p.workplaceType, p.seniority, p.publishedAt)
                        from Posting p where p.status = :status order by p.publishedAt desc, p.id desc
                        """, CareersListing.class)
                .setParameter("status", Status.PUBLISHED)
                .setFirstResult((current - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1).getResultList();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return Templates.list(hasNext ? rows.subList(0, PAGE_SIZE) : rows, current, hasNext, config.companyName());
    }

    @GET
    @Path("/{slug}")
    public Response detail(@RestPath String slug) {
        Posting posting = Posting.<Posting>find("slug", slug).firstResultOptional().orElseThrow(NotFoundException::new);
        if (posting.status() == Status.CLOSED) {
            return Response.status(Response.Status.GONE)
                    .entity(Templates.gone(posting.title(), config.companyName())).build();
        }
        if (!posting.status().isPublic()) {
            throw new NotFoundException();
        }
        PostingContent content = posting.content();
        return Response.ok(Templates.detail(posting, content, jsonLd.of(posting, content),
                applyHref(content.howToApply()), config.companyName())).build();
    }

    /** A link a candidate can follow: web addresses as they are, email addresses as mailto. */
    static String applyHref(String howToApply) {
        if (howToApply == null) {
            return null;
        }
        String lower = howToApply.toLowerCase();
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return howToApply;
        }
        return howToApply.contains("@") ? "mailto:" + howToApply : null;
    }
}
