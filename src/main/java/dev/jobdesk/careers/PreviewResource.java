package dev.jobdesk.careers;

import dev.jobdesk.account.Role;
import dev.jobdesk.company.Company;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingContent;
import dev.jobdesk.posting.PostingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Preview: a posting's public page as a candidate will see it, rendered by the careers page's own
 * view from the posting's current content, for those who may read the posting (its owner, the lead
 * deciding on it, an admin). Marked as a preview and never indexed. Its address sits with the
 * posting's; it lives here because it is the careers page.
 */
@Path("/postings/{id}/preview")
@Produces(MediaType.TEXT_HTML)
public class PreviewResource {

    private final PostingService postings;
    private final JobdeskConfig config;
    private final Company company;

    PreviewResource(PostingService postings, JobdeskConfig config, Company company) {
        this.postings = postings;
        this.config = config;
        this.company = company;
    }

    @GET
    @RolesAllowed({Role.MANAGER_NAME, Role.LEAD_NAME, Role.ADMIN_NAME})
    public Response preview(@RestPath long id) {
        Posting posting = postings.findReadable(id);
        if (posting.isClosed()) {
            throw new NotFoundException();
        }
        // What candidates will see once the text being worked on goes live: a correction, if one is under way.
        PostingContent content = posting.workingContent();
        return Response.ok(CareersResource.Views.detail(posting, content, null,
                        CareersResource.applyHref(content.howToApply()), company.profile(), config.publicUrl(), true))
                .header("X-Robots-Tag", "noindex, nofollow").build();
    }
}
