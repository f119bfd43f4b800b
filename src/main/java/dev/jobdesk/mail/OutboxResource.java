package dev.jobdesk.mail;

import dev.jobdesk.account.Role;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.web.ResultPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/** The admin's view of the outbox: every mail Jobdesk wrote, sent, kept, waiting or given up on. */
@Path("/admin/outbox")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance outbox(ResultPage<OutboxMail> mails, boolean sending);
    }

    private final Outbox outbox;
    private final JobdeskConfig config;

    OutboxResource(Outbox outbox, JobdeskConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @GET
    public TemplateInstance outbox(@RestQuery String page) {
        ResultPage<OutboxMail> mails = outbox.page(ResultPage.number(page));
        if (mails.isPastTheEnd()) {
            throw new NotFoundException();
        }
        return Views.outbox(mails, config.mail().send());
    }
}
