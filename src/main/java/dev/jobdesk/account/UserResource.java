package dev.jobdesk.account;

import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.Flash;
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
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The admin's user management: the list, a new account, and ending or restoring access. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class UserResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance users(List<UserAccount> users, Set<String> withFailedSignIns,
                                             UserAdministration.NewUser form, FieldErrors errors, Role[] roles);

        static native TemplateInstance person(UserAccount user, UserAdministration.AccountChange form, FieldErrors errors,
                                              Role[] roles);
    }

    private static final UserAdministration.NewUser BLANK =
            new UserAdministration.NewUser("", "", "", List.of(Role.MANAGER.name()), "", "");

    private final UserAdministration administration;

    UserResource(UserAdministration administration) {
        this.administration = administration;
    }

    @GET
    public TemplateInstance users() {
        return page(BLANK, FieldErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam UserAdministration.NewUser user) {
        FieldErrors errors = administration.create(user);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(user.withoutPasswords(), errors)).build();
        }
        return Redirects.seeOther("/admin/users", Flash.success("Account " + user.username() + " created."));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance person(@RestPath long id) {
        UserAccount user = UserAdministration.find(id);
        return Views.person(user, new UserAdministration.AccountChange(user.displayName, List.copyOf(user.roles)),
                FieldErrors.none(), Role.values());
    }

    /** Save changes: a new name or roles, which apply to the person's open sessions at once. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestPath long id, @BeanParam UserAdministration.AccountChange change) {
        FieldErrors errors = administration.change(id, change);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Views.person(UserAdministration.find(id), change, errors, Role.values())).build();
        }
        return Redirects.seeOther("/admin/users", Flash.success("Changes to " + change.displayName() + " saved."));
    }

    /** Set temporary password: the person must choose their own at the next sign-in. */
    @POST
    @Path("/{id}/temporary-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response temporaryPassword(@RestPath long id, @RestForm String password, @RestForm String passwordAgain) {
        FieldErrors errors = administration.setTemporaryPassword(id, password == null ? "" : password,
                passwordAgain == null ? "" : passwordAgain);
        UserAccount user = UserAdministration.find(id);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Views.person(user,
                    new UserAdministration.AccountChange(user.displayName, List.copyOf(user.roles)), errors,
                    Role.values())).build();
        }
        return Redirects.seeOther("/admin/users/" + id, Flash.success(user.displayName + " has a temporary password"
                + " and is signed out everywhere; they choose their own at the next sign-in."));
    }

    @POST
    @Path("/{id}/disable")
    public Response disable(@RestPath long id) {
        try {
            UserAccount user = administration.disable(id);
            return Redirects.seeOther("/admin/users",
                    Flash.success(user.displayName + " is disabled and signed out everywhere."));
        } catch (IllegalArgumentException refused) {
            return Redirects.seeOther("/admin/users", Flash.error(refused.getMessage()));
        }
    }

    @POST
    @Path("/{id}/enable")
    public Response enable(@RestPath long id) {
        UserAccount user = administration.enable(id);
        return Redirects.seeOther("/admin/users", Flash.success(user.displayName + " can sign in again."));
    }

    @POST
    @Path("/{id}/end-sessions")
    public Response endSessions(@RestPath long id) {
        UserAccount user = administration.endSessions(id);
        return Redirects.seeOther("/admin/users", Flash.success(user.displayName + " is signed out everywhere."));
    }

    @POST
    @Path("/{id}/clear-failed-sign-ins")
    public Response clearFailedSignIns(@RestPath long id) {
        UserAccount user = administration.clearFailedSignIns(id);
        return Redirects.seeOther("/admin/users",
                Flash.success(user.displayName + " can sign in again without waiting."));
    }

    private TemplateInstance page(UserAdministration.NewUser form, FieldErrors errors) {
        return Views.users(administration.all(), administration.withFailedSignIns(), form, errors, Role.values());
    }
}
