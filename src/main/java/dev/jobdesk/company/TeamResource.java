package dev.jobdesk.company;

import dev.jobdesk.account.Role;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.FormIds;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The admin's list of teams, which postings choose from and the careers page groups by. */
@Path("/admin/teams")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class TeamResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance teams(List<TeamUsage> teams, Teams.TeamName form, FieldErrors errors);

        static native TemplateInstance team(Team team, TeamUsage usage, Teams.TeamName form, FieldErrors errors,
                                            List<Team> others);
    }

    private static final Teams.TeamName BLANK = new Teams.TeamName("");

    private final Teams teams;

    TeamResource(Teams teams) {
        this.teams = teams;
    }

    @GET
    public TemplateInstance list() {
        return Views.teams(teams.usage(), BLANK, FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@BeanParam Teams.TeamName form) {
        FieldErrors errors = teams.add(form);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Views.teams(teams.usage(), form, errors)).build();
        }
        return Redirects.seeOther("/admin/teams", Flash.success(form.name() + " added: postings can choose it now."));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance team(@RestPath long id) {
        Team team = Teams.find(id);
        return page(team, new Teams.TeamName(team.name), FieldErrors.none());
    }

    /** Rename team: the postings of the team, live ones included, show the new name at once. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@RestPath long id, @BeanParam Teams.TeamName form) {
        FieldErrors errors = teams.rename(id, form);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(Teams.find(id), form, errors)).build();
        }
        return Redirects.seeOther("/admin/teams", Flash.success("Renamed to " + form.name() + "."));
    }

    @POST
    @Path("/{id}/merge")
    public Response merge(@RestPath long id, @RestForm String into) {
        String name = Teams.find(id).name;
        Team kept = teams.merge(id, FormIds.of(into));
        return Redirects.seeOther("/admin/teams",
                Flash.success(name + " is merged into " + kept.name + ": its postings belong to " + kept.name + " now."));
    }

    @POST
    @Path("/{id}/remove")
    public Response remove(@RestPath long id) {
        Team removed = teams.remove(id);
        return Redirects.seeOther("/admin/teams", Flash.success(removed.name + " removed."));
    }

    private TemplateInstance page(Team team, Teams.TeamName form, FieldErrors errors) {
        List<Team> others = teams.all().stream().filter(other -> !other.id.equals(team.id)).toList();
        return Views.team(team, teams.usageOf(team), form, errors, others);
    }
}
