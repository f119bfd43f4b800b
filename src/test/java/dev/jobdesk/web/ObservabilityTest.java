package dev.jobdesk.web;

import dev.jobdesk.config.TracingSwitch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Management;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator watches: health, and Jobdesk's own metrics in Prometheus format. */
@QuarkusTest
class ObservabilityTest {

    private static double metric(String text, String name) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + " ([0-9.E]+)$").matcher(text);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    @Test
    void healthChecksIncludeTheDatabase() {
        String ready = Management.get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(ready).contains("\"status\": \"UP\"").containsIgnoringCase("database");
    }

    @Test
    void stepsAreCountedByKindAndPostingsByStatus() {
        String name = "jobdesk_posting_steps_total{action=\"CREATED\"}";
        double before = metric(Management.get("/q/metrics").asString(), name);
        PostingSteps.cloneDraft(WebClient.signedInAs("manager"));
        String after = Management.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metric(after, name)).isEqualTo(before + 1);
        assertThat(after).contains("jobdesk_postings{status=\"DRAFT\"}", "jobdesk_review_wait_seconds_count");
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        WebClient.anonymous().get("/q/metrics").assertStatus(404);
        WebClient.anonymous().get("/q/health/ready").assertStatus(404);
    }

    @Test
    void tracingIsOffWithoutACollector() {
        assertThat(ConfigProvider.getConfig().getValue(TracingSwitch.DISABLED, Boolean.class)).isTrue();
    }
}
