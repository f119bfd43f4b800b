package dev.jobdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Google's Lighthouse, as search engines and job boards see the careers site: the list and a posting
 * score 100 for accessibility and at least 95 for best practices and SEO. Lighthouse is pinned in
 * {@code src/test/lighthouse} ({@code npm ci} there installs it; {@code .ci/run} does) and drives
 * Debian's Chromium. Without it the test is skipped, except under CI, which installs it.
 */
@QuarkusTest
class LighthouseTest {

    private static final Path LIGHTHOUSE = Path.of("src", "test", "lighthouse", "node_modules", ".bin", "lighthouse");
    private static final Path REPORTS = Path.of("target", "lighthouse");

    @TestHTTPResource("/")
    URL base;

    @Test
    void theCareersListAndAPostingScoreWell() throws Exception {
        if (!Files.isExecutable(LIGHTHOUSE) || !Files.isExecutable(Browser.CHROMIUM)) {
            String message = "Lighthouse or Chromium missing: (cd src/test/lighthouse && npm ci)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        String careersPath = PostingSteps.publishedPosting(WebClient.signedInAs("manager"),
                WebClient.signedInAs("lead"), "Audited Engineer");
        Files.createDirectories(REPORTS);
        for (Map.Entry<String, String> page : Map.of("careers", "/careers", "careers-posting", careersPath).entrySet()) {
            JsonNode categories = audit(page.getKey(), base.toString().replaceAll("/$", "") + page.getValue());
            assertThat(categories.path("accessibility").path("score").asDouble()).as(page.getKey() + " accessibility")
                    .isEqualTo(1.0);
            assertThat(categories.path("best-practices").path("score").asDouble()).as(page.getKey() + " best practices")
                    .isGreaterThanOrEqualTo(0.95);
            assertThat(categories.path("seo").path("score").asDouble()).as(page.getKey() + " SEO")
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    /** The report's categories; the whole report stays in target/lighthouse for a person to read. */
    private static JsonNode audit(String name, String url) throws IOException, InterruptedException {
        Path report = REPORTS.resolve(name + ".json");
        Path log = REPORTS.resolve(name + ".log");
        ProcessBuilder command = new ProcessBuilder(List.of(LIGHTHOUSE.toString(), url, "--quiet", "--output=json",
                "--output-path=" + report, "--only-categories=accessibility,best-practices,seo",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run "
                        + "--disable-background-networking --disable-component-update --disable-sync"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().put("CHROME_PATH", Browser.CHROMIUM.toString());
        Process lighthouse = command.start();
        // Generous: a busy 2-core machine takes far longer than a quiet one.
        assertThat(lighthouse.waitFor(5, TimeUnit.MINUTES)).as("Lighthouse finished on " + url).isTrue();
        assertThat(lighthouse.exitValue()).as("Lighthouse on %s: see %s", url, log).isZero();
        return new ObjectMapper().readTree(report.toFile()).path("categories");
    }
}
