package dev.jobdesk.posting;

import dev.jobdesk.account.Role;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Clone to draft, the button on a template's page: it makes a posting, so it lives with postings
 * and the template library knows nothing of them.
 */
@Path("/templates")
@Produces(MediaType.TEXT_HTML)
public class DraftFromTemplateResource {

    private final PostingService postings;

    DraftFromTemplateResource(PostingService postings) {
        this.postings = postings;
    }

    @POST
    @Path("/{slug}/clone")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response cloneToDraft(@RestPath String slug) {
        Posting draft = postings.cloneTemplate(slug);
        return Redirects.seeOther("/postings/" + draft.id() + "/edit",
                Flash.success("Your draft is ready. Tailor it, then save it."));
    }
}
