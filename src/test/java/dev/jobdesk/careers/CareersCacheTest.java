package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many visitors asking at once for a careers page nobody has asked for yet cost one rendering. */
@QuarkusTest
class CareersCacheTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    MeterRegistry registry;

    @Test
    void concurrentVisitorsShareOneRendering() {
        URI page = base.resolve("/careers?team=Nobody+" + System.nanoTime());
        double before = rendered();
        HttpClient client = HttpClient.newHttpClient();
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
        HttpClient client = HttpClient.newHttpClient();
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
