package dev.jobdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/**
 * The shipped library: the seed document becomes the structured Backend Developer template, version 2,
 * shown whole, beside the Platform Engineer template written for Jobdesk.
 */
@QuarkusTest
class TemplateLibraryTest {

    @Test
    @Transactional
    void theBackendDeveloperTemplateHasEverySectionOfTheSeed() {
        JobTemplate template = JobTemplate.findBySlug("backend-developer").orElseThrow();
        assertThat(template.title).isEqualTo("Backend Developer");
        assertThat(template.version).isEqualTo(2);
        assertThat(template.tagline).doesNotContain("free", "copy-ready");
        assertThat(template.reportsTo).isEqualTo("Engineering Manager or Backend Lead");
        assertThat(template.bulletsAt(Section.RESPONSIBILITY, Seniority.MID)).hasSize(11);
        assertThat(template.bulletsAt(Section.MUST_HAVE, Seniority.MID)).hasSize(8);
        assertThat(template.bulletsAt(Section.NICE_TO_HAVE, Seniority.MID)).hasSize(6);
        assertThat(template.bulletsAt(Section.TOOL, Seniority.MID)).hasSize(10).contains("PostgreSQL / MySQL", "OpenTelemetry");
        assertThat(template.levelsInOrder()).extracting(level -> level.seniority)
                .containsExactly(Seniority.JUNIOR, Seniority.MID, Seniority.SENIOR);
        assertThat(template.levelsInOrder()).extracting(level -> level.experience)
                .containsExactly("1-2 years", "3-5 years", "6+ years");
        assertThat(template.levelsInOrder()).allSatisfy(level -> assertThat(level.responsibilities).hasSize(4));
        assertThat(template.kpis).hasSize(7).allSatisfy(kpi -> assertThat(kpi.target).isNotBlank());
        assertThat(template.faqs).hasSize(5);
        assertThat(template.faqs).noneSatisfy(faq -> assertThat(faq.answer).containsAnyOf("kickoff", "shortlist"));
    }

    @Test
    @Transactional
    void itsLevelsWordTheSummaryTheYearsAndATargetTheirOwnWay() {
        JobTemplate template = JobTemplate.findBySlug("backend-developer").orElseThrow();
        assertThat(template.roleSummaryAt(Seniority.JUNIOR)).startsWith("You will build and run parts");
        assertThat(template.roleSummaryAt(Seniority.SENIOR)).startsWith("You will shape our server side");
        assertThat(template.bulletsAt(Section.MUST_HAVE, Seniority.JUNIOR).get(0)).startsWith("1+ year ");
        assertThat(template.bulletsAt(Section.MUST_HAVE, Seniority.MID).get(0)).startsWith("3+ years ");
        assertThat(template.bulletsAt(Section.MUST_HAVE, Seniority.SENIOR).get(0)).startsWith("6+ years ");
        assertThat(template.kpisAt(Seniority.SENIOR).get(6).target).isEqualTo("8 a week, including other teams' changes");
        assertThat(template.varyingTexts()).hasSize(3);
    }

    @Test
    @Transactional
    void thePlatformEngineerTemplateIsWholeAtEveryLevel() {
        JobTemplate template = JobTemplate.findBySlug("platform-engineer").orElseThrow();
        assertThat(template.title).isEqualTo("Platform Engineer (SRE)");
        assertThat(template.levelsInOrder()).extracting(level -> level.experience)
                .containsExactly("0-2 years", "3-5 years", "6+ years");
        assertThat(template.levelsInOrder()).allSatisfy(level -> assertThat(level.responsibilities).hasSize(4));
        assertThat(template.bulletsAt(Section.RESPONSIBILITY, Seniority.MID)).hasSize(9);
        assertThat(template.bulletsAt(Section.MUST_HAVE, Seniority.JUNIOR).get(0)).startsWith("1+ year ");
        assertThat(template.bulletsAt(Section.MUST_HAVE, Seniority.SENIOR).get(0)).startsWith("6+ years ");
        assertThat(template.kpisAt(Seniority.MID).get(5).target).isEqualTo("90% of the actions in your area");
        assertThat(template.kpis).hasSize(6).allSatisfy(kpi -> assertThat(kpi.target).isNotBlank());
        assertThat(template.faqs).hasSize(5);
        assertThat(template.varyingTexts()).hasSize(3);
    }

    @Test
    void theLibraryListsEveryShippedTemplateByTitle() {
        Page library = WebClient.signedInAs("manager").get("/templates").assertStatus(200);
        assertThat(library.document().select("a[href^=/templates/]")).extracting(link -> link.attr("href"))
                .containsSubsequence("/templates/backend-developer", "/templates/platform-engineer");
    }

    @Test
    void theTemplatePageShowsEverySectionAndTheCloneButton() {
        Page page = WebClient.signedInAs("manager").get("/templates/backend-developer").assertStatus(200);
        assertThat(page.text()).contains("Role summary", "Responsibilities", "Must-have skills", "Nice-to-have skills",
                "Tools and technology", "Reporting structure", "Seniority variants", "Junior 1-2 years",
                "Mid-level 3-5 years", "Senior 6+ years", "Success metrics (KPIs)", "Frequently asked questions",
                "Is there an on-call rotation?", "Worded for this level", "Target for “Code reviews");
        assertThat(page.html()).contains(">Clone to draft</button>");
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        WebClient.signedInAs("manager").get("/templates/astronaut").assertStatus(404);
    }
}
