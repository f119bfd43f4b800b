package dev.jobdesk.web;

import dev.jobdesk.domain.ConcurrentChange;
import dev.jobdesk.domain.RefusedStep;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure becomes a page in the layout that says what happened, never a stack trace. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Views {
        static native TemplateInstance error(int status, String title, String message, String backHref,
                                             String backLabel);
    }

    @ServerExceptionMapper
    public Response refused(RefusedStep refused) {
        return page(Response.Status.CONFLICT, "That step isn't possible", refused.getMessage(), refused.backHref(),
                refused.backLabel());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class, ConcurrentChange.class})
    public Response concurrentChange(RuntimeException conflict) {
        return page(Response.Status.CONFLICT, "Someone else was quicker",
                "This posting was changed by someone else at the same moment, so your step was not applied. "
                        + "Look at the posting again, then retry.", "/postings", "Back to postings");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException denied) {
        return page(Response.Status.FORBIDDEN, "Not for your role",
                "Your account can't open this page. Sign in with an account that has the right role.", "/",
                "Back to your start page");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure) {
        Response.StatusType status = failure.getResponse().getStatusInfo();
        if (status.getFamily() == Response.Status.Family.REDIRECTION) {
            return failure.getResponse();
        }
        return switch (status.getStatusCode()) {
            case 404 -> page(Response.Status.NOT_FOUND, "Page not found",
                    "There is nothing here. It may have been moved, or the address may be mistyped.", "/",
                    "Back to the start");
            case 400 -> page(Response.Status.BAD_REQUEST, "That request didn't make sense",
                    failure.getMessage() != null && !failure.getMessage().startsWith("HTTP 400")
                            ? failure.getMessage() : "Part of the request was missing or malformed. Reload the page and retry.",
                    "/", "Back to the start");
            default -> page(status, status.getReasonPhrase(), "The request could not be completed.", "/",
                    "Back to the start");
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure) {
        if (isTooManyFormFields(failure)) {
            LOG.debugf("Refused a form with more fields than quarkus.http.limits.max-parameters allows");
            return page(Response.Status.REQUEST_ENTITY_TOO_LARGE, "That form had too many fields",
                    "No form of Jobdesk has that many fields. Reload the page and use its form.", "/",
                    "Back to the start");
        }
        LOG.error("Unexpected failure", failure);
        return page(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side",
                "The problem has been logged. Please try again in a moment.", "/", "Back to the start");
    }

    /**
     * RESTEasy Reactive refuses a form over the parameter limit with a bare RuntimeException, so its
     * message is all that tells it apart from a real failure (BadInputTest notices if that changes).
     */
    private static boolean isTooManyFormFields(Exception failure) {
        return failure.getClass() == RuntimeException.class && failure.getMessage() != null
                && failure.getMessage().startsWith("Param limit of");
    }

    static Response page(Response.StatusType status, String title, String message, String backHref,
                                 String backLabel) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Views.error(status.getStatusCode(), title, message, backHref, backLabel)).build();
    }
}
