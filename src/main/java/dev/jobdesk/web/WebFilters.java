package dev.jobdesk.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Per-request plumbing of the HTML pages: the flash message, caching of signed-in pages, rendering. */
public class WebFilters {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset(StandardCharsets.UTF_8.name());

    private final Flash flash;
    private final SecurityIdentity identity;

    WebFilters(Flash flash, SecurityIdentity identity) {
        this.flash = flash;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void readFlash(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(Flash.COOKIE);
        if (cookie != null && "GET".equals(request.getMethod())) {
            flash.read(cookie);
        }
    }

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response) {
        // Shown once: cleared by the page that showed it, kept through a redirect to that page.
        if (flash.isPresent() && response.getStatusInfo().getFamily() != Response.Status.Family.REDIRECTION) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.expired());
        }
        // Pages behind the login carry unpublished plans and salaries: no cache may keep them. Every
        // answer to a signed-in request, since a page returned as a Response has no media type yet here.
        if (!identity.isAnonymous()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /**
     * Renders a page a resource answers with inside a Response as UTF-8 bytes ({@link Utf8Pages})
     * before Qute's own filter would render it into one String: response filters run from the
     * highest priority down.
     */
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void renderPage(ContainerResponseContext response) {
        if (response.getEntity() instanceof TemplateInstance page) {
            MediaType type = response.getMediaType();
            response.setEntity(Utf8Pages.render(page), response.getEntityAnnotations(),
                    type == null || type.isWildcardType() ? HTML : type.withCharset(StandardCharsets.UTF_8.name()));
        }
    }
}
