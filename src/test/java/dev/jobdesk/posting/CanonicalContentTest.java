package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text a revision keeps and an approval's hash covers: complete, read back as written, and fixed. */
class CanonicalContentTest {

    static PostingContent sample() {
        return new PostingContent("Backend \"Engineer\"", "Payments", "Lisbon", null, "PT", List.of("EUROPEAN_UNION"),
                WorkplaceType.HYBRID, EmploymentType.CONTRACT, Seniority.SENIOR, "6+ years",
                new SalaryRange(80000, 105000, "EUR", SalaryPeriod.YEAR), LocalDate.of(2027, 3, 31),
                "https://jobs.example.com/apply", "Line one.\nLine two — é.", "The CTO", null,
                Map.of(Section.RESPONSIBILITY, List.of("Run the rails.", "Mentor.")),
                List.of(new Kpi("p95 latency", "under 150 ms"), new Kpi("Docs", null)),
                List.of(new Faq("Remote?", "Two days a week.")), true);
    }

    @Test
    void formOneIsExactlyThisTextSoNoApprovedHashEverChanges() {
        assertThat(CanonicalContent.of(sample())).isEqualTo("""
                {"bullets":{"LEVEL":[],"MUST_HAVE":[],"NICE_TO_HAVE":[],"RESPONSIBILITY":["Run the rails.","Mentor."],\
                "TOOL":[]},"closingDate":"2027-03-31","country":"PT","employmentType":"CONTRACT",\
                "experience":"6+ years","faqs":[{"answer":"Two days a week.","question":"Remote?"}],"form":1,\
                "howToApply":"https://jobs.example.com/apply","kpis":[{"metric":"p95 latency","target":"under 150 ms"},\
                {"metric":"Docs","target":null}],"location":"Lisbon","region":null,"remoteAreas":["EUROPEAN_UNION"],\
                "reportingStructure":null,"reportsTo":"The CTO","roleSummary":"Line one.\\nLine two — é.",\
                "salary":{"currency":"EUR","max":105000,"min":80000,"period":"YEAR"},"seniority":"SENIOR",\
                "showFaq":true,"team":"Payments","title":"Backend \\"Engineer\\"","workplaceType":"HYBRID"}""");
        assertThat(CanonicalContent.hash(CanonicalContent.of(sample())))
                .isEqualTo(CanonicalContent.hash(CanonicalContent.of(sample()))).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameContent() {
        PostingContent content = sample();
        assertThat(CanonicalContent.read(CanonicalContent.FORM, CanonicalContent.of(content))).isEqualTo(content);
        PostingContent bare = new PostingContent("T", null, null, null, null, List.of(), WorkplaceType.REMOTE,
                EmploymentType.FULL_TIME, Seniority.JUNIOR, "1 year", null, null, null, "S", null, null, Map.of(),
                List.of(), List.of(), false);
        assertThat(CanonicalContent.read(CanonicalContent.FORM, CanonicalContent.of(bare))).isEqualTo(bare);
    }

    @Test
    void everyFieldACandidateReadsChangesTheHash() {
        String original = CanonicalContent.hash(CanonicalContent.of(sample()));
        PostingContent s = sample();
        List<PostingContent> changed = List.of(
                new PostingContent(s.title(), s.team(), s.location(), s.region(), s.country(), s.remoteAreas(),
                        s.workplaceType(), s.employmentType(), s.seniority(), s.experience(),
                        new SalaryRange(80000, 105001, "EUR", SalaryPeriod.YEAR), s.closingDate(), s.howToApply(),
                        s.roleSummary(), s.reportsTo(), s.reportingStructure(), s.bullets(), s.kpis(), s.faqs(), s.showFaq()),
                new PostingContent(s.title(), s.team(), s.location(), s.region(), s.country(), s.remoteAreas(),
                        s.workplaceType(), s.employmentType(), s.seniority(), s.experience(), s.salary(),
                        s.closingDate().plusDays(1), s.howToApply(), s.roleSummary(), s.reportsTo(),
                        s.reportingStructure(), s.bullets(), s.kpis(), s.faqs(), s.showFaq()),
                new PostingContent(s.title(), s.team(), s.location(), s.region(), s.country(), s.remoteAreas(),
                        s.workplaceType(), s.employmentType(), s.seniority(), s.experience(), s.salary(),
                        s.closingDate(), s.howToApply(), s.roleSummary(), s.reportsTo(), s.reportingStructure(),
                        Map.of(Section.RESPONSIBILITY, List.of("Run the rails.", "Mentor!")), s.kpis(), s.faqs(),
                        s.showFaq()),
                new PostingContent(s.title(), s.team(), s.location(), s.region(), s.country(), s.remoteAreas(),
                        s.workplaceType(), s.employmentType(), s.seniority(), s.experience(), s.salary(),
                        s.closingDate(), s.howToApply(), s.roleSummary(), s.reportsTo(), s.reportingStructure(),
                        s.bullets(), s.kpis(), s.faqs(), false));
        for (PostingContent content : changed) {
            assertThat(CanonicalContent.hash(CanonicalContent.of(content))).isNotEqualTo(original);
        }
    }
}
