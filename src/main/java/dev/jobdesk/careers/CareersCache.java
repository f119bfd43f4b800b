package dev.jobdesk.careers;

import dev.jobdesk.web.RouteOrder;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jobdesk.company.CompanyChanged;
import dev.jobdesk.posting.CareersChanged;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.web.Freshness;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The careers pages as anonymous visitors see them, kept for a moment and served straight from the
 * event loop: job seekers, crawlers and job boards read far more than managers publish. Publishing
 * or closing clears this replica's copy at once; other replicas catch up within the lifetime.
 * Signed-in visitors (their header shows their name) and requests carrying a flash message always
 * get a freshly rendered page. A page that is not kept yet is rendered once however many ask for it
 * at the same moment (after a start, or after publishing cleared the copies): the others wait for
 * that one rendering instead of each running the same queries.
 *
 * <p>Pages are kept under their {@linkplain CareersAddress canonical address}, so tracking
 * parameters and spelling variants share one copy, and the copies together are bounded in bytes:
 * an anonymous visitor inventing addresses can cost renderings, never the process its memory.
 */
@ApplicationScoped
public class CareersCache {

    /** How many lifetimes an expired page may still be served while it is being rendered again. */
    private static final int STALE_FOR = 5;

    /**
     * Headers of a rendered page that belong to that one answer, not to every copy of it: its
     * encoding among them, chosen by what that client accepts (Quarkus marks an answer "identity"
     * until it knows the page may be compressed).
     */
    private static final Set<String> PER_ANSWER_HEADERS = Set.of("set-cookie", "content-length", "date",
            "content-encoding");

    /** What a kept page costs beyond its HTML and address: the record, its headers, the map entry. */
    private static final int ENTRY_OVERHEAD_BYTES = 1_024;

    /**
     * A rendered page; once expired, one request renders it anew while the others still get this copy.
     * Its headers are read out of the rendering's answer once, as Netty writes them fastest: a cached
     * page is served tens of thousands of times a second, and walking a header map for each answer
     * took about 5% of its CPU.
     */
    record CachedPage(int status, byte[] html, List<KeptHeader> headers, String etag, String lastModified,
                      long expiresAt, AtomicBoolean refreshing) {
        boolean isFresh(long now) {
            return expiresAt - now > 0;
        }

        /** True for the one request that renders the expired page again. */
        boolean claimRefresh() {
            return refreshing.compareAndSet(false, true);
        }

        int weight(String address) {
            return html.length + 2 * address.length() + ENTRY_OVERHEAD_BYTES;
        }
    }

    /** A header of a kept page with all its values, in the order the rendering's answer had them. */
    record KeptHeader(CharSequence name, List<CharSequence> values) {
        static KeptHeader of(String name, List<String> values) {
            return new KeptHeader(HttpHeaders.createOptimized(name),
                    values.stream().map(HttpHeaders::createOptimized).toList());
        }
    }

    /** A request waiting for a page that another request is rendering, and the event loop it came in on. */
    private record Waiting(RoutingContext request, Context context) {
    }

    private final boolean enabled;
    private final Cache<String, CachedPage> pages;
    /** The requests waiting for a page that one request is rendering, by address. */
    private final Map<String, List<Waiting>> rendering = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final String sessionCookie;
    /** The headers of a rendered page that its kept copy leaves out, in lower case. */
    private final Set<String> notKept;
    private final Counter rendered;

    CareersCache(JobdeskConfig config, @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie,
                 MeterRegistry registry) {
        this.enabled = config.careersCache();
        this.ttlNanos = config.careersCacheTtl().toNanos();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(config.careersCacheMaxBytes().asLongValue())
                .weigher((String address, CachedPage page) -> page.weight(address))
                .expireAfterWrite(config.careersCacheTtl().multipliedBy(STALE_FOR))
                .build();
        this.sessionCookie = sessionCookie + "=";
        // Every answer gets these before this cache's route runs (web.ResponseHardening): kept, they were set twice.
        this.notKept = Stream.concat(PER_ANSWER_HEADERS.stream(), config.responseHeaders().keySet().stream())
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.rendered = Counter.builder("jobdesk.careers.pages.rendered")
                .description("Careers pages rendered for anonymous visitors: what the cache did not answer")
                .register(registry);
    }

    /**
     * A route ahead of Quarkus's own handlers: a kept page needs neither authentication nor the
     * header filters, since it carries the headers its rendering was answered with.
     */
    void serveCachedPages(@Observes Router router) {
        if (enabled) {
            router.route().order(RouteOrder.CAREERS_CACHE).handler(this::serveIfCached);
        }
    }

    private void serveIfCached(RoutingContext request) {
        HttpServerRequest http = request.request();
        boolean cacheable = http.method() == HttpMethod.GET && http.path().startsWith("/careers")
                && isPlainAnonymousVisit(http.getHeader(HttpHeaders.COOKIE));
        if (!cacheable) {
            request.next();
            return;
        }
        String address = CareersAddress.of(http);
        CachedPage page = pages.getIfPresent(address);
        if (page != null && page.isFresh(System.nanoTime())) {
            serve(request, page);
        } else if (page != null) {
            if (page.claimRefresh()) {
                request.next();
            } else {
                serve(request, page);
            }
        } else {
            renderOnce(request, address);
        }
    }

    /** The first request renders the page; the ones that come meanwhile wait for it and share the result. */
    private void renderOnce(RoutingContext request, String address) {
        boolean[] first = {false};
        rendering.compute(address, (key, waiting) -> {
            if (waiting == null) {
                first[0] = true;
                return new ArrayList<>();
            }
            waiting.add(new Waiting(request, Vertx.currentContext()));
            return waiting;
        });
        if (first[0]) {
            // Another request may have kept the page between this one's look into the cache and now.
            CachedPage keptMeanwhile = pages.getIfPresent(address);
            if (keptMeanwhile != null) {
                serve(request, keptMeanwhile);
                release(address);
                return;
            }
            request.addEndHandler(done -> release(address));
            request.next();
        }
    }

    /** Once the rendering request is answered: the page is kept, unless it could not be (an error, say). */
    private void release(String address) {
        List<Waiting> waiting = rendering.remove(address);
        if (waiting == null) {
            return;
        }
        CachedPage page = pages.getIfPresent(address);
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

    /**
     * The kept headers replace those of the same name; the ones set for this answer alone (its Date)
     * stay. A client whose copy is current gets 304 with them and without the page.
     */
    private static void serve(RoutingContext request, CachedPage page) {
        MultiMap headers = request.response().headers();
        for (KeptHeader header : page.headers()) {
            headers.set(header.name(), header.values());
        }
        if (page.status() == 200 && Freshness.isCurrent(request.request().headers(), page.etag(), page.lastModified())) {
            headers.remove(HttpHeaders.CONTENT_TYPE);
            request.response().setStatusCode(304).end();
            return;
        }
        request.response().setStatusCode(page.status()).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(Buffer.buffer(Unpooled.wrappedBuffer(page.html())));
    }

    /** No session and no flash message: the page is the same for everyone. */
    boolean isPlainAnonymousVisit(String cookies) {
        return cookies == null || !(cookies.contains(sessionCookie) || cookies.contains("jobdesk-flash="));
    }

    /**
     * Keeps the page with the headers its answer carries so far that are its own (its caching and
     * validators, among others). Only pages that exist are kept: a made-up slug or page number costs
     * a rendering, never room that real pages need.
     */
    void keep(HttpServerRequest request, int status, byte[] html) {
        rendered.increment();
        if (!enabled || !(status == 200 || status == 410)) {
            return;
        }
        MultiMap answered = request.response().headers();
        List<KeptHeader> headers = answered.names().stream()
                .filter(name -> !notKept.contains(name.toLowerCase(Locale.ROOT)))
                .map(name -> KeptHeader.of(name, answered.getAll(name)))
                .toList();
        pages.put(CareersAddress.of(request), new CachedPage(status, html, headers, answered.get(HttpHeaders.ETAG),
                answered.get(HttpHeaders.LAST_MODIFIED), System.nanoTime() + ttlNanos, new AtomicBoolean()));
    }

    /** What the kept pages weigh together, in bytes. */
    long keptBytes() {
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** Once a posting has gone live or closed: after the commit, so no stale page can slip back in. */
    void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) CareersChanged change) {
        pages.invalidateAll();
    }

    /** In the transaction that closed the posting, so its kept page and card go with it, on every replica. */
    void forgetClosed(@Observes CareersChanged change) {
        if (change.postingId() != null) {
            CareersPage.forgetUnlessLive(change.postingId());
            CareersCard.forgetUnlessLive(change.postingId());
        }
    }

    /** Every careers page shows the company: once its settings change, none kept is current. */
    void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) CompanyChanged change) {
        pages.invalidateAll();
    }
}
