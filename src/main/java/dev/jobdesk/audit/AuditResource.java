package dev.jobdesk.audit;

import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.domain.AdminAction;
import dev.jobdesk.posting.Action;
import dev.jobdesk.web.ResultPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** The admin's audit trail at {@code /admin/audit}, and the same events as CSV. */
@Path("/admin")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance audit(ResultPage<AuditTrail.Row> events, AuditTrail.Filter filter,
                                             AuditTrail.Narrowed narrowed, List<UserAccount> people, Action[] actions,
                                             AdminAction[] adminActions);
    }

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Path("/audit")
    @Produces(MediaType.TEXT_HTML)
    public Response audit(@BeanParam AuditTrail.Filter filter, @RestQuery String page) {
        AuditTrail.Narrowed narrowed = trail.read(filter);
        ResultPage<AuditTrail.Row> events = trail.page(narrowed, ResultPage.number(page));
        if (events.isPastTheEnd()) {
            throw new NotFoundException();
        }
        // A part of the filter that could not be read is ignored, and the page says so beside it.
        return Response.status(narrowed.errors().isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .entity(Views.audit(events, filter, narrowed, trail.people(), Action.values(), AdminAction.values()))
                .build();
    }

    /** Export CSV: every event the filter finds, written as it is read. */
    @GET
    @Path("/audit.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response export(@BeanParam AuditTrail.Filter filter) {
        AuditTrail.Narrowed narrowed = trail.read(filter);
        StreamingOutput csv = output -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            out.write(AuditCsv.HEADER);
            trail.forEach(narrowed, row -> AuditCsv.write(out, row));
            out.flush();
        };
        return Response.ok(csv).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"jobdesk-audit.csv\"").build();
    }
}
