package dev.jobdesk.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The error page for requests {@link RequestShape} turns away before they reach a resource. */
@Path(RequestShape.UNSUPPORTED_BODY)
@PermitAll
public class RefusedRequests {

    @GET
    public Response unsupportedBody() {
        return ErrorPages.page(Response.Status.UNSUPPORTED_MEDIA_TYPE, "That request couldn't be read",
                "Jobdesk takes forms as a browser sends them. Reload the page and use its form.", "/",
                "Back to the start");
    }
}
