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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The edit page's "The template has changed since you cloned it": take a part's new text, or keep the rest. */
@Path("/postings/{id}/template-update")
@Produces(MediaType.TEXT_HTML)
public class TemplateUpdateResource {

    private final TemplateUpdates updates;

    TemplateUpdateResource(TemplateUpdates updates) {
        this.updates = updates;
    }

    @POST
    @RolesAllowed(Role.MANAGER_NAME)
    public Response take(@RestPath long id, @RestForm String version, @RestForm String part) {
        try {
            updates.take(id, PostingPages.version(version), part == null ? "" : part);
        } catch (StaleEditException stale) {
            return Redirects.seeOther("/postings/" + id + "/edit#template-update", Flash.error(
                    "The posting changed since you opened the page: look at the template's changes again, then retry."));
        }
        return Redirects.seeOther("/postings/" + id + "/edit#template-update",
                Flash.success("Saved with the template's new text of that part."));
    }

    @POST
    @Path("/keep")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response keepTheRest(@RestPath long id, @RestForm String version) {
        Posting posting = updates.keepTheRest(id, PostingPages.version(version));
        return Redirects.seeOther("/postings/" + id + "/edit", Flash.success("The posting follows the template's"
                + " version " + posting.origin().version() + "; the rest of your text is as you wrote it."));
    }
}
