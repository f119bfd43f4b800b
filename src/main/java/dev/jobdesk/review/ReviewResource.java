package dev.jobdesk.review;

import dev.jobdesk.account.Role;
import dev.jobdesk.posting.PostingPages;
import dev.jobdesk.posting.PostingResource;
import dev.jobdesk.posting.PostingService;
import dev.jobdesk.posting.PostingSummary;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** An engineering lead's side of the workflow: the queue, Approve and Request changes. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<PostingSummary> postings, Instant now);
    }

    private final ReviewService reviews;
    private final PostingService postings;
    private final PostingPages pages;

    ReviewResource(ReviewService reviews, PostingService postings, PostingPages pages) {
        this.reviews = reviews;
        this.postings = postings;
        this.pages = pages;
    }

    @GET
    @Path("reviews")
    @RolesAllowed(Role.LEAD_NAME)
    public TemplateInstance queue() {
        return Templates.queue(reviews.queue(), Instant.now());
    }

    @POST
    @Path("postings/{id}/approve")
    @RolesAllowed(Role.LEAD_NAME)
    public Response approve(@RestPath long id, @RestForm String version) {
        reviews.approve(id, PostingResource.version(version));
        return Redirects.seeOther("/reviews", Flash.success("Approved. The owner can publish it now."));
    }

    @POST
    @Path("postings/{id}/request-changes")
    @RolesAllowed(Role.LEAD_NAME)
    public Response requestChanges(@RestPath long id, @RestForm String version, @RestForm String comment) {
        String typed = comment == null ? "" : comment.strip();
        FieldErrors errors = new FieldErrors();
        if (typed.isEmpty()) {
            errors.add("comment", "Say what should change: a comment is required when requesting changes.");
        }
        errors.maxLength("comment", typed, ReviewDecision.MAX_COMMENT);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(PostingResource.Templates.show(pages.withComment(postings.findReadable(id), typed, errors)))
                    .build();
        }
        reviews.requestChanges(id, PostingResource.version(version), typed);
        return Redirects.seeOther("/reviews", Flash.success("Sent back to the owner with your comment."));
    }
}
