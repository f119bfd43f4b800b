package dev.jobdesk.review;

import dev.jobdesk.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** An engineering lead's queue: the postings routed to them, the longest-waiting first. */
@Path("/reviews")
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance queue(List<ReviewService.QueueItem> postings, Instant now);
    }

    private final ReviewService reviews;

    ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @RolesAllowed({Role.LEAD_NAME, Role.ADMIN_NAME})
    public TemplateInstance queue() {
        return Views.queue(reviews.queue(), Instant.now());
    }
}
