package dev.jobdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Manager, lead and job seeker, each in their own browser, take a posting from template to live. */
@QuarkusTest
class JourneyBrowserTest {

    private static final String SENIOR_BULLET = "Set backend architecture";

    @TestHTTPResource("/")
    URL base;

    @Test
    void fromTemplateToCareersPageByClickingAndTyping() {
        try (Browser manager = Browser.open(base); Browser lead = Browser.open(base); Browser seeker = Browser.open(base)) {
            seeker.go("/login").assertAccessible().screenshot("login");

            manager.signIn("manager");
            manager.assertAccessible().screenshot("postings");
            manager.follow("Templates").assertAccessible().screenshot("template-library");
            manager.follow("Backend Developer").assertAccessible().screenshot("template");
            manager.press("Clone to draft");
            assertThat(manager.path()).matches("/postings/\\d+/edit");
            assertThat(manager.text()).contains("Your draft is ready.");
            manager.assertAccessible().screenshot("edit");

            manager.choose("Seniority", "Senior").press("Apply level");
            assertThat(manager.values("LEVEL")).anyMatch(line -> line.startsWith(SENIOR_BULLET));
            assertThat(manager.value("experience")).isEqualTo("6+ years");

            manager.type("Job title", "Senior Backend Engineer")
                    .choose("Team", "Payments")
                    .type("City", "Lisbon")
                    .choose("Country", "Portugal")
                    .choose("Workplace type", "Hybrid")
                    .type("How to apply", "https://jobs.example.com/payments")
                    .type("Salary from", "80000")
                    .type("Salary to", "105000")
                    .choose("Currency", "EUR")
                    .choose("Per", "per year")
                    .openSection("KPIs")
                    .typeInto("kpiMetric-0", "p95 latency of the public API")
                    .typeInto("kpiTarget-0", "under 150 ms")
                    .typeInto("kpiMetric-7", "Onboarding docs kept current")
                    .typeInto("kpiTarget-7", "reviewed every quarter");
            manager.press("Save draft");
            assertThat(manager.text()).contains("Draft saved", "Senior · 6+ years", "p95 latency of the public API");
            String postingPath = manager.path();
            manager.assertAccessible().screenshot("posting-draft");

            manager.choose("Engineering lead to review it", "Lena Lead").press("Submit for approval");
            assertThat(manager.text()).contains("Sent to Lena Lead for approval.");

            lead.signIn("lead");
            assertThat(lead.path()).isEqualTo("/reviews");
            lead.assertAccessible().screenshot("reviews");
            lead.follow("Senior Backend Engineer");
            lead.assertAccessible().screenshot("posting-in-review");
            lead.type("What should change?", "Say which payment rails the team runs.").press("Request changes");
            assertThat(lead.text()).contains("Sent back to the owner with your comment.");

            manager.go(postingPath);
            assertThat(manager.text()).contains("Lena Lead requested changes", "Say which payment rails the team runs.");
            manager.screenshot("posting-changes-requested");
            manager.follow("Edit").openSection("Responsibilities").typeInto("RESPONSIBILITY-11", "Run the card and SEPA payment rails with the team.");
            manager.press("Save draft");
            manager.choose("Engineering lead to review it", "Lena Lead").press("Submit for approval");

            lead.go("/reviews").follow("Senior Backend Engineer").press("Approve");
            assertThat(lead.text()).contains("Approved. The owner can publish it now.");

            manager.go(postingPath).press("Publish");
            assertThat(manager.text()).contains("Published: it is live at /careers/");
            manager.assertAccessible().screenshot("posting-published");

            seeker.go("/careers").choose("Team", "Payments").choose("Seniority", "Senior").press("Show positions");
            assertThat(seeker.path()).isEqualTo("/careers?q=&team=Payments&workplace=&seniority=SENIOR&country=");
            seeker.assertAccessible().screenshot("careers");
            seeker.follow("Senior Backend Engineer");
            assertThat(seeker.text()).contains(SENIOR_BULLET, "How we measure success",
                    "p95 latency of the public API", "Target: under 150 ms", "Onboarding docs kept current",
                    "Run the card and SEPA payment rails with the team.");
            seeker.assertAccessible().screenshot("careers-posting");
            String careersPath = seeker.path();

            manager.go(postingPath).pressAndConfirm("Close posting");
            assertThat(manager.text()).contains("Closed: it is off the careers page.");
            // The seeker read the page a moment ago, and HTTP lets a browser show its copy for a minute
            // (Cache-Control: max-age=60); reloading asks again.
            seeker.go(careersPath).reload();
            assertThat(seeker.text()).contains("This position is closed");
            seeker.assertAccessible().screenshot("careers-closed");
        }
    }
}
