package dev.jobdesk.account;

import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;

/** Signing in and out. The form posts to Quarkus's {@code j_security_check}. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance login(boolean failed, boolean demoAccounts);
    }

    private final CurrentUser currentUser;
    private final DemoAccounts demoAccounts;
    private final SessionPolicy sessionPolicy;
    private final String sessionCookie;

    LoginResource(CurrentUser currentUser, DemoAccounts demoAccounts, SessionPolicy sessionPolicy,
                  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.currentUser = currentUser;
        this.demoAccounts = demoAccounts;
        this.sessionPolicy = sessionPolicy;
        this.sessionCookie = sessionCookie;
    }

    /** Job seekers land on the careers page; signed-in people on what waits for them. */
    @GET
    @PermitAll
    public Response home() {
        if (!currentUser.isSignedIn()) {
            return Redirects.seeOther("/careers");
        }
        boolean leadOnly = currentUser.isLead() && !currentUser.isManager() && !currentUser.isAdmin();
        return Redirects.seeOther(leadOnly ? "/reviews" : "/postings");
    }

    @GET
    @Path("login")
    @PermitAll
    public Response login(@RestQuery String failed) {
        if (currentUser.isSignedIn()) {
            return Redirects.seeOther("/");
        }
        return Response.ok(Views.login(failed != null, demoAccounts.enabled())).build();
    }

    @POST
    @Path("logout")
    @PermitAll
    public Response logout(RoutingContext request) {
        if (currentUser.isSignedIn()) {
            sessionPolicy.signOut(request, currentUser.username());
        }
        return Response.seeOther(URI.create("/login"))
                .cookie(ended(sessionCookie), ended(SessionPolicy.LOGIN_COOKIE), Flash.success("You are signed out."))
                .build();
    }

    private static NewCookie ended(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
