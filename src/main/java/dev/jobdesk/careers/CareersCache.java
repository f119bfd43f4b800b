package dev.jobdesk.careers;

import dev.jobdesk.posting.CareersChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The careers pages as anonymous visitors see them, kept for a moment and served straight from the
 * event loop: job seekers, crawlers and job boards read far more than managers publish. Publishing
 * or closing clears this replica's copy at once; other replicas catch up within {@link #ttl}.
 * Signed-in visitors (their header shows their name) and requests carrying a flash message always
 * get a freshly rendered page. A page that is not kept yet is rendered once however many ask for it
 * at the same moment (after a start, or after publishing cleared the copies): the others wait for
 * that one rendering instead of each running the same queries.
 */
@ApplicationScoped
public class CareersCache {

    static final int MAX_PAGES = 2_000;

    /** How many lifetimes an expired page may still be served while it is being rendered again. */
    private static final int STALE_FOR = 5;

    /** Headers of a rendered page that belong to that one answer, not to every copy of it. */
    private static final Set<String> PER_ANSWER_HEADERS = Set.of("set-cookie", "content-length", "date");

    /** A rendered page; once expired, one request renders it anew while the others still get this copy. */
    record CachedPage(int status, byte[] html, MultiMap headers, long expiresAt, long staleUntil,
                      AtomicBoolean refreshing) {
        boolean isFresh(long now) {
            return expiresAt - now > 0;
        }

        boolean mayServeStale(long now) {
            return staleUntil - now > 0;
        }

        /** True for the one request that renders the expired page again. */
        boolean claimRefresh() {
            return refreshing.compareAndSet(false, true);
        }
    }

    /** A request waiting for a page that another request is rendering, and the event loop it came in on. */
    private record Waiting(RoutingContext request, Context context) {
    }

    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    /** The requests waiting for a page that one request is rendering, by address. */
    private final Map<String, List<Waiting>> rendering = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final String sessionCookie;
    private final Counter rendered;

    CareersCache(@ConfigProperty(name = "jobdesk.careers-cache-ttl", defaultValue = "PT2S") Duration ttl,
                 @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
                 MeterRegistry registry) {
        this.ttlNanos = ttl.toNanos();
        this.sessionCookie = sessionCookie + "=";
        this.rendered = Counter.builder("jobdesk.careers.pages.rendered")
                .description("Careers pages rendered for anonymous visitors: what the cache did not answer")
                .register(registry);
    }

    /**
     * A route ahead of Quarkus's own handlers: a kept page needs neither authentication nor the
     * header filters, since it carries the headers its rendering was answered with.
     */
    void serveCachedPages(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::serveIfCached);
    }

    private void serveIfCached(RoutingContext request) {
        boolean cacheable = request.request().method() == HttpMethod.GET && request.request().path().startsWith("/careers")
                && isPlainAnonymousVisit(request.request().getHeader(HttpHeaders.COOKIE));
        if (!cacheable) {
            request.next();
            return;
        }
        String uri = request.request().uri();
        CachedPage page = pages.get(uri);
        long now = System.nanoTime();
        if (page != null && page.isFresh(now)) {
            serve(request, page);
        } else if (page != null && page.mayServeStale(now)) {
            if (page.claimRefresh()) {
                request.next();
            } else {
                serve(request, page);
            }
        } else {
            renderOnce(request, uri);
        }
    }

    /** The first request renders the page; the ones that come meanwhile wait for it and share the result. */
    private void renderOnce(RoutingContext request, String uri) {
        boolean[] first = {false};
        rendering.compute(uri, (key, waiting) -> {
            if (waiting == null) {
                first[0] = true;
                return new ArrayList<>();
            }
            waiting.add(new Waiting(request, Vertx.currentContext()));
            return waiting;
        });
        if (first[0]) {
            request.addEndHandler(done -> release(uri));
            request.next();
        }
    }

    /** Once the rendering request is answered: the page is kept, unless it could not be (an error, say). */
    private void release(String uri) {
        List<Waiting> waiting = rendering.remove(uri);
        if (waiting == null) {
            return;
        }
        CachedPage page = pages.get(uri);
        for (Waiting each : waiting) {
            each.context().runOnContext(ignored -> {
                if (page != null) {
                    serve(each.request(), page);
                } else {
                    each.request().next();
                }
            });
        }
    }

    private static void serve(RoutingContext request, CachedPage page) {
        request.response().setStatusCode(page.status()).headers().setAll(page.headers());
        request.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(Buffer.buffer(Unpooled.wrappedBuffer(page.html())));
    }

    /** No session and no flash message: the page is the same for everyone. */
    boolean isPlainAnonymousVisit(String cookies) {
        return cookies == null || !(cookies.contains(sessionCookie) || cookies.contains("jobdesk-flash="));
    }

    /** Keeps the page with the headers its answer carries so far (the security headers, among others). */
    void keep(String uri, int status, String html, MultiMap answerHeaders) {
        rendered.increment();
        long now = System.nanoTime();
        if (pages.size() >= MAX_PAGES) {
            pages.values().removeIf(page -> !page.isFresh(now));
            if (pages.size() >= MAX_PAGES) {
                return;
            }
        }
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        answerHeaders.forEach(header -> {
            if (!PER_ANSWER_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        pages.put(uri, new CachedPage(status, html.getBytes(StandardCharsets.UTF_8), headers, now + ttlNanos,
                now + STALE_FOR * ttlNanos, new AtomicBoolean()));
    }

    /** Once a posting has gone live or closed: after the commit, so no stale page can slip back in. */
    void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) CareersChanged change) {
        pages.clear();
    }
}
