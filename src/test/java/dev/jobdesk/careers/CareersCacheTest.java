package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.posting.CareersChanged;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The careers page cache: many visitors asking at once for a page nobody has asked for yet cost one
 * rendering; tracking parameters do not make pages of their own; and however many distinct
 * addresses visitors invent, the kept pages stay within their byte bound (1 MB in the tests).
 */
@QuarkusTest
class CareersCacheTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    MeterRegistry registry;

    @Inject
    CareersCache cache;

    @ConfigProperty(name = "jobdesk.careers-cache-max-bytes")
    MemorySize maxBytes;

    @ConfigProperty(name = "jobdesk.careers-cache-ttl")
    Duration ttl;

    /** As browsers speak to a site over plain HTTP. */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * Each test starts with room for its pages: a cache that earlier tests filled may decline a
     * newcomer, since Caffeine admits a page by how often it is asked for.
     */
    @BeforeEach
    void startEmpty() {
        cache.clear(new CareersChanged(null));
        // Measured after Caffeine's pending upkeep ran, so none of it can evict this test's pages later.
        assertThat(cache.keptBytes()).isZero();
    }

    @Test
    void trackingParametersAndParameterOrderShareOnePage() {
        String team = "Tracked+" + System.nanoTime();
        // From before the first rendering: each lifetime counted from it may end in one more.
        long start = System.nanoTime();
        assertThat(status("/careers?team=" + team + "&seniority=SENIOR")).isEqualTo(200);
        double before = rendered();
        for (int visit = 0; visit < 500; visit++) {
            String address = visit % 2 == 0
                    ? "/careers?utm_source=board&seniority=SENIOR&ref=" + visit + "&team=" + team
                    : "/careers?team=" + team + "+&page=1&seniority=SENIOR&workplace=NOWHERE&fbclid=" + visit;
            assertThat(status(address)).isEqualTo(200);
        }
        // Once a lifetime has passed the page is rendered again, however busy the machine was.
        long lifetimes = Duration.ofNanos(System.nanoTime() - start).dividedBy(ttl);
        assertThat(rendered() - before).as("renderings of 500 variants of a kept page").isLessThanOrEqualTo(lifetimes);
    }

    @Test
    void thousandsOfDistinctAddressesStayWithinTheByteBound() throws Exception {
        String run = "Bound" + System.nanoTime();
        ExecutorService visitors = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = visitors.invokeAll(IntStream.range(0, 2_000)
                    .mapToObj(visitor -> (Callable<Integer>) () -> status("/careers?team=" + run + "-" + visitor))
                    .toList());
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            visitors.shutdown();
        }

        assertThat(cache.keptBytes()).as("bytes kept after 2,000 distinct addresses")
                .isPositive().isLessThanOrEqualTo(maxBytes.asLongValue());
        // A full cache admits a new page only once it is asked for more than the ones it holds.
        cache.clear(new CareersChanged(null));
    }

    private static int status(String path) {
        return RestAssured.given().urlEncodingEnabled(false).get(path).statusCode();
    }

    @Test
    void concurrentVisitorsShareOneRendering() {
        URI page = base.resolve("/careers?team=Nobody+" + System.nanoTime());
        double before = rendered();
        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 40)
                .mapToObj(visitor -> client.sendAsync(HttpRequest.newBuilder(page).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<HttpResponse<String>> responses = answers.stream().map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
        assertThat(responses.stream().map(HttpResponse::body).distinct()).hasSize(1);
        assertThat(rendered() - before).isEqualTo(1);
    }

    private double rendered() {
        return registry.counter("jobdesk.careers.pages.rendered").count();
    }

    @Test
    void aKeptPageCarriesTheHeadersOfItsRendering() throws Exception {
        URI page = base.resolve("/careers?team=Headers+" + System.nanoTime());
        HttpResponse<String> rendered = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        double before = rendered();
        HttpResponse<String> kept = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(rendered() - before).as("the second answer comes from the cache").isZero();
        assertThat(kept.body()).isEqualTo(rendered.body());
        for (String header : List.of("content-security-policy", "x-content-type-options", "x-frame-options",
                "referrer-policy", "cross-origin-opener-policy", "x-xss-protection", "content-type")) {
            assertThat(kept.headers().allValues(header)).as(header).isNotEmpty()
                    .isEqualTo(rendered.headers().allValues(header));
        }
        assertThat(kept.headers().allValues("set-cookie")).isEmpty();
    }
}
