package dev.jobdesk.careers;

import dev.jobdesk.posting.CareersChanged;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The careers pages as anonymous visitors see them, kept for a moment and served straight from the
 * event loop: job seekers, crawlers and job boards read far more than managers publish. Publishing
 * or closing clears this replica's copy at once; other replicas catch up within {@link #ttl}.
 * Signed-in visitors (their header shows their name) and requests carrying a flash message always
 * get a freshly rendered page.
 */
@ApplicationScoped
public class CareersCache {

    static final int MAX_PAGES = 2_000;

    /** How many lifetimes an expired page may still be served while it is being rendered again. */
    private static final int STALE_FOR = 5;

    /** Runs after the security-header filters, so that cached answers carry the same headers. */
    private static final int FILTER_PRIORITY = -100;

    /** A rendered page; once expired, one request renders it anew while the others still get this copy. */
    record CachedPage(int status, byte[] html, long expiresAt, long staleUntil, AtomicBoolean refreshing) {
        boolean isFresh(long now) {
            return expiresAt - now > 0;
        }

        boolean mayServeStale(long now) {
            return staleUntil - now > 0 && !refreshing.compareAndSet(false, true);
        }
    }

    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final String sessionCookie;

    CareersCache(@ConfigProperty(name = "jobdesk.careers-cache-ttl", defaultValue = "PT2S") Duration ttl,
                 @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.ttlNanos = ttl.toNanos();
        this.sessionCookie = sessionCookie + "=";
    }

    void serveCachedPages(@Observes Filters filters) {
        filters.register(this::serveIfCached, FILTER_PRIORITY);
    }

    private void serveIfCached(RoutingContext context) {
        CachedPage page = context.request().method() == HttpMethod.GET && context.request().path().startsWith("/careers")
                && isPlainAnonymousVisit(context.request().getHeader(HttpHeaders.COOKIE))
                ? pages.get(context.request().uri()) : null;
        long now = System.nanoTime();
        if (page == null || !(page.isFresh(now) || page.mayServeStale(now))) {
            context.next();
            return;
        }
        context.response().setStatusCode(page.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(Buffer.buffer(Unpooled.wrappedBuffer(page.html())));
    }

    /** No session and no flash message: the page is the same for everyone. */
    boolean isPlainAnonymousVisit(String cookies) {
        return cookies == null || !(cookies.contains(sessionCookie) || cookies.contains("jobdesk-flash="));
    }

    void keep(String uri, int status, String html) {
        long now = System.nanoTime();
        if (pages.size() >= MAX_PAGES) {
            pages.values().removeIf(page -> !page.isFresh(now));
            if (pages.size() >= MAX_PAGES) {
                return;
            }
        }
        pages.put(uri, new CachedPage(status, html.getBytes(StandardCharsets.UTF_8), now + ttlNanos, now + STALE_FOR * ttlNanos, new AtomicBoolean()));
    }

    /** Once a posting has gone live or closed: after the commit, so no stale page can slip back in. */
    void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) CareersChanged change) {
        pages.clear();
    }
}
