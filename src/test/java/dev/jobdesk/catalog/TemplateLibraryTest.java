package dev.jobdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/** The seed document becomes the structured Backend Developer template, shown whole. */
@QuarkusTest
class TemplateLibraryTest {

    @Test
    @Transactional
    void theBackendDeveloperTemplateHasEverySectionOfTheSeed() {
        JobTemplate template = JobTemplate.findBySlug("backend-developer").orElseThrow();
        assertThat(template.title).isEqualTo("Backend Developer");
        assertThat(template.reportsTo).isEqualTo("Engineering Manager or Backend Lead");
        assertThat(template.bullets(Section.RESPONSIBILITY)).hasSize(11);
        assertThat(template.bullets(Section.MUST_HAVE)).hasSize(8);
        assertThat(template.bullets(Section.NICE_TO_HAVE)).hasSize(6);
        assertThat(template.bullets(Section.TOOL)).hasSize(10).contains("PostgreSQL / MySQL", "OpenTelemetry");
        assertThat(template.levelsInOrder()).extracting(level -> level.seniority)
                .containsExactly(Seniority.JUNIOR, Seniority.MID, Seniority.SENIOR);
        assertThat(template.levelsInOrder()).extracting(level -> level.experience)
                .containsExactly("1-2 years", "3-5 years", "6+ years");
        assertThat(template.levelsInOrder()).allSatisfy(level -> assertThat(level.responsibilities).hasSize(4));
        assertThat(template.kpis).hasSize(6);
        assertThat(template.faqs).hasSize(5);
    }

    @Test
    void theTemplatePageShowsEverySectionAndTheCloneButton() {
        Page page = WebClient.signedInAs("manager").get("/templates/backend-developer").assertStatus(200);
        assertThat(page.text()).contains("Role summary", "Responsibilities", "Must-have skills", "Nice-to-have skills",
                "Tools and technology", "Reporting structure", "Seniority variants", "Junior 1-2 years",
                "Mid-level 3-5 years", "Senior 6+ years", "Success metrics (KPIs)", "Frequently asked questions",
                "How do they think about REST versus GraphQL versus RPC?");
        assertThat(page.html()).contains(">Clone to draft</button>");
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        WebClient.signedInAs("manager").get("/templates/astronaut").assertStatus(404);
    }
}
