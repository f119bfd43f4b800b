package dev.jobdesk.account;

import dev.jobdesk.domain.CompanyCalendar;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The signed-in user's own account: who they are in Jobdesk, and changing their password. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance account(UserAccount account, FieldErrors errors, Away away);
    }

    /**
     * A lead's part of the page: who reviews for them while they are away. {@code current} is null
     * without a delegation; {@code form} is what was posted when it comes back with a message.
     */
    record Away(ReviewDelegation current, Delegations.DelegationForm form, List<UserAccount> candidates,
                FieldErrors errors, LocalDate today) {
    }

    private final CurrentUser currentUser;
    private final PasswordChanges passwordChanges;
    private final SessionPolicy sessionPolicy;
    private final UserAdministration accounts;
    private final Delegations delegations;
    private final CompanyCalendar calendar;

    AccountResource(CurrentUser currentUser, PasswordChanges passwordChanges, SessionPolicy sessionPolicy,
                    UserAdministration accounts, Delegations delegations, CompanyCalendar calendar) {
        this.delegations = delegations;
        this.calendar = calendar;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.passwordChanges = passwordChanges;
        this.sessionPolicy = sessionPolicy;
    }

    @GET
    public TemplateInstance account() {
        return page(FieldErrors.none(), away(delegations.form(), FieldErrors.none()));
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
                    .entity(page(result.errors(), away(delegations.form(), FieldErrors.none()))).build();
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

    /** Name delegate: someone reviews in the lead's place from one day to another. */
    @POST
    @Path("/delegate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.LEAD_NAME)
    public Response nameDelegate(@BeanParam Delegations.DelegationForm form) {
        FieldErrors errors = delegations.name(form);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(FieldErrors.none(), away(form, errors))).build();
        }
        ReviewDelegation delegation = delegations.mine().orElseThrow();
        return Redirects.seeOther("/account#away", Flash.success(delegation.delegate.displayName + " reviews for you from "
                + delegation.startsOn + " to " + delegation.endsOn + ", and sees what waits on you in their queue."));
    }

    @POST
    @Path("/delegate/end")
    @RolesAllowed(Role.LEAD_NAME)
    public Response endDelegation() {
        delegations.end();
        return Redirects.seeOther("/account#away", Flash.success("Nobody reviews for you now: your queue is yours again."));
    }

    private TemplateInstance page(FieldErrors passwordErrors, Away away) {
        return Views.account(currentUser.account(), passwordErrors, away);
    }

    /** The delegation part, for leads only. */
    private Away away(Delegations.DelegationForm form, FieldErrors errors) {
        if (!currentUser.account().hasRole(Role.LEAD)) {
            return null;
        }
        return new Away(delegations.mine().orElse(null), form, delegations.candidates(), errors, calendar.today());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
