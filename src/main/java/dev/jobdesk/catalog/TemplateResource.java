package dev.jobdesk.catalog;

import dev.jobdesk.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/** The template library: browse the templates; a template's page offers Clone to draft (posting's). */
@Path("/templates")
@Produces(MediaType.TEXT_HTML)
public class TemplateResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance library(List<JobTemplate> templates);

        static native TemplateInstance template(JobTemplate template);
    }

    @GET
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TemplateInstance library() {
        return Views.library(JobTemplate.library());
    }

    @GET
    @Path("/{slug}")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TemplateInstance template(@RestPath String slug) {
        return Views.template(JobTemplate.findBySlug(slug).orElseThrow(NotFoundException::new));
    }
}
