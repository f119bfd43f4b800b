package dev.jobdesk.catalog;

import dev.jobdesk.account.Role;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingService;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/** The template library: browse the templates and clone one into a draft. */
@Path("/templates")
@Produces(MediaType.TEXT_HTML)
public class TemplateResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(List<JobTemplate> templates);

        static native TemplateInstance template(JobTemplate template);
    }

    private final PostingService postings;

    TemplateResource(PostingService postings) {
        this.postings = postings;
    }

    @GET
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TemplateInstance library() {
        return Templates.library(JobTemplate.library());
    }

    @GET
    @Path("/{slug}")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TemplateInstance template(@RestPath String slug) {
        return Templates.template(JobTemplate.findBySlug(slug).orElseThrow(NotFoundException::new));
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
