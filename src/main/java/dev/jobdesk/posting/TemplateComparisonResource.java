package dev.jobdesk.posting;

import dev.jobdesk.account.Role;
import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.Seniority;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Two versions of a template side by side, as a posting cloned at one level would read each: the
 * comparison a posting's revisions use, so it lives with postings and the library knows nothing of it.
 */
@Path("/templates")
@Produces(MediaType.TEXT_HTML)
public class TemplateComparisonResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance compare(JobTemplate from, JobTemplate to, Seniority level,
                                               ContentComparison comparison, List<JobTemplate> versions,
                                               Seniority[] levels);
    }

    /** By default the current version against the one before it, at the mid level. */
    @GET
    @Path("/{slug}/compare")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TemplateInstance compare(@RestPath String slug, @RestQuery Integer from, @RestQuery Integer to,
                                    @RestQuery String level) {
        List<JobTemplate> versions = JobTemplate.versions(slug);
        JobTemplate current = JobTemplate.findBySlug(slug).orElseThrow(NotFoundException::new);
        JobTemplate newer = to == null ? current : version(versions, to);
        JobTemplate older = from == null ? versions.stream().filter(each -> each.version < newer.version).findFirst()
                .orElse(newer) : version(versions, from);
        Seniority seniority = Arrays.stream(Seniority.values()).filter(each -> each.name().equals(level)).findFirst()
                .orElse(Seniority.MID);
        return Views.compare(older, newer, seniority, ContentComparison.between(
                PostingContent.ofTemplate(older, seniority), PostingContent.ofTemplate(newer, seniority)), versions,
                Seniority.values());
    }

    private static JobTemplate version(List<JobTemplate> versions, int number) {
        return versions.stream().filter(each -> each.version == number).findFirst().orElseThrow(NotFoundException::new);
    }
}
