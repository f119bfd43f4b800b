package dev.jobdesk.account;

import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Forgot your password? Asking for a link, and choosing a new password through it. */
@Path("/password-reset")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PasswordResetResource {

    /** The same words whether an account matched or not: nobody learns here who has one. */
    static final String ASKED = "If an account matches, a link to choose a new password is on its way to its email"
            + " address. The link works once, within 30 minutes.";

    @CheckedTemplate
    static class Views {
        static native TemplateInstance ask();

        static native TemplateInstance choose(String token, FieldErrors errors);

        static native TemplateInstance expired();
    }

    private final PasswordResets resets;

    PasswordResetResource(PasswordResets resets) {
        this.resets = resets;
    }

    @GET
    public TemplateInstance ask() {
        return Views.ask();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestLink(@RestForm String who, RoutingContext request) {
        resets.request(who, BruteForceGuard.clientAddress(request), Instant.now());
        return Redirects.seeOther("/login", Flash.success(ASKED));
    }

    @GET
    @Path("/new")
    public Response choose(@RestQuery String token) {
        if (resets.usable(token, Instant.now()).isEmpty()) {
            return Response.status(Response.Status.GONE).entity(Views.expired()).build();
        }
        return Response.ok(Views.choose(token, FieldErrors.none())).build();
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPassword(@RestForm String token, @RestForm String newPassword, @RestForm String newPasswordAgain) {
        FieldErrors errors = resets.reset(token, orEmpty(newPassword), orEmpty(newPasswordAgain), Instant.now());
        if (errors.has("token")) {
            return Response.status(Response.Status.GONE).entity(Views.expired()).build();
        }
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Views.choose(token, errors)).build();
        }
        return Redirects.seeOther("/login", Flash.success("Your password is changed, and every session of yours"
                + " is signed out. Sign in with the new password."));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
