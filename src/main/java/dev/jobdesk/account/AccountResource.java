package dev.jobdesk.account;

import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** The signed-in user's own account: who they are in Jobdesk, and changing their password. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance account(UserAccount account, FieldErrors errors);
    }

    private final CurrentUser currentUser;
    private final PasswordChanges passwordChanges;
    private final SessionPolicy sessionPolicy;
    private final UserAdministration accounts;

    AccountResource(CurrentUser currentUser, PasswordChanges passwordChanges, SessionPolicy sessionPolicy,
                    UserAdministration accounts) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.passwordChanges = passwordChanges;
        this.sessionPolicy = sessionPolicy;
    }

    @GET
    public TemplateInstance account() {
        return Views.account(currentUser.account(), FieldErrors.none());
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
                                   @RestForm String newPasswordAgain, RoutingContext request) {
        PasswordChanges.Result result = passwordChanges.change(new PasswordChanges.Change(
                orEmpty(currentPassword), orEmpty(newPassword), orEmpty(newPasswordAgain),
                BruteForceGuard.clientAddress(request)));
        if (result.changedAt().isEmpty()) {
            // Passwords are never sent back into the page.
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Views.account(currentUser.account(), result.errors())).build();
        }
        sessionPolicy.renew(request, currentUser.username(), result.changedAt().get());
        return Redirects.seeOther("/account",
                Flash.success("Your password is changed. Any other session of yours is signed out."));
    }

    /** Save mail setting: a person decides whether Jobdesk mails them. */
    @POST
    @Path("/mail")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeMail(@RestForm String mail) {
        boolean wanted = "on".equals(mail);
        accounts.setMailEnabled(currentUser.account().id, wanted);
        return Redirects.seeOther("/account", Flash.success(wanted
                ? "Jobdesk will mail you about the postings that wait on you."
                : "Jobdesk will not mail you. The postings and reviews pages still show what waits on you."));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
