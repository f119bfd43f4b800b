package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.Section;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What changed, as a lead reads it: the exact words out and in, section by section. */
class ContentComparisonTest {

    @Test
    void tellsTheWordsTakenOutAndPutInAndKeepsTheRestAsItWas() {
        ContentComparison.SectionChange change = ContentComparison.change("Role summary", "summary",
                "You will run the card rails with the team.", "You will run the card and SEPA rails with the team.");
        assertThat(change.changed()).isTrue();
        assertThat(change.segments()).extracting(ContentComparison.Segment::kind, ContentComparison.Segment::text)
                .containsExactly(
                        tuple(ContentComparison.Kind.SAME, "You will run the card "),
                        tuple(ContentComparison.Kind.INSERTED, "and SEPA "),
                        tuple(ContentComparison.Kind.SAME, "rails with the team."));
    }

    @Test
    void aReplacedWordIsTakenOutThenPutIn() {
        ContentComparison.SectionChange change = ContentComparison.change("Tools", "TOOL", "Docker\nKafka", "Docker\nPulsar");
        assertThat(change.segments()).extracting(ContentComparison.Segment::kind, ContentComparison.Segment::text)
                .containsExactly(
                        tuple(ContentComparison.Kind.SAME, "Docker\n"),
                        tuple(ContentComparison.Kind.DELETED, "Kafka"),
                        tuple(ContentComparison.Kind.INSERTED, "Pulsar"));
    }

    @Test
    void wordsReplacedSideBySideReadAsOnePhraseReplaced() {
        ContentComparison.SectionChange change = ContentComparison.change("The job", "facts",
                "Title: Backend Developer", "Title: Revised Engineer");
        assertThat(change.segments()).extracting(ContentComparison.Segment::kind, ContentComparison.Segment::text)
                .containsExactly(
                        tuple(ContentComparison.Kind.SAME, "Title: "),
                        tuple(ContentComparison.Kind.DELETED, "Backend Developer"),
                        tuple(ContentComparison.Kind.INSERTED, "Revised Engineer"));
    }

    @Test
    void countsTheSectionsThatChangedAndOnlyThose() {
        PostingContent before = CanonicalContentTest.sample();
        assertThat(ContentComparison.between(before, before).changed().count()).isZero();
        assertThat(ContentComparison.between(before, before).summary()).isEqualTo("Nothing changed");
        PostingContent after = new PostingContent(before.title(), "Platform", before.location(), before.region(),
                before.country(), before.remoteAreas(), before.workplaceType(), before.employmentType(),
                before.seniority(), before.experience(), before.salary(), before.closingDate(), before.howToApply(),
                before.roleSummary(), before.reportsTo(), before.reportingStructure(),
                Map.of(Section.RESPONSIBILITY, List.of("Run the rails.")), before.kpis(), before.faqs(), before.showFaq());
        ContentComparison comparison = ContentComparison.between(before, after);
        assertThat(comparison.sections()).filteredOn(ContentComparison.SectionChange::changed)
                .extracting(ContentComparison.SectionChange::name).containsExactly("The job", "Responsibilities");
        assertThat(comparison.summary()).isEqualTo("2 sections changed");
    }

    @Test
    void theQueuesCountAgreesWithTheComparisonWithoutComparingWordByWord() {
        PostingContent before = CanonicalContentTest.sample();
        PostingContent after = new PostingContent("Revised Engineer", before.team(), before.location(),
                before.region(), before.country(), before.remoteAreas(), before.workplaceType(),
                before.employmentType(), before.seniority(), before.experience(), before.salary(),
                before.closingDate(), before.howToApply(), null, before.reportsTo(), before.reportingStructure(),
                before.bullets(), List.of(new Kpi("Uptime", "99.9%")), before.faqs(), before.showFaq());
        assertThat(ContentComparison.changedSections(before, before).count()).isZero();
        assertThat(ContentComparison.changedSections(before, after))
                .isEqualTo(ContentComparison.between(before, after).changed());
        assertThat(ContentComparison.changedSections(before, after).summary()).isEqualTo("3 sections changed");
        PostingContent withoutSummary = after;
        PostingContent withEmptySummary = new PostingContent(after.title(), after.team(), after.location(),
                after.region(), after.country(), after.remoteAreas(), after.workplaceType(), after.employmentType(),
                after.seniority(), after.experience(), after.salary(), after.closingDate(), after.howToApply(), "",
                after.reportsTo(), after.reportingStructure(), after.bullets(), after.kpis(), after.faqs(),
                after.showFaq());
        assertThat(ContentComparison.changedSections(withoutSummary, withEmptySummary).count()).isZero();
        assertThat(ContentComparison.between(withoutSummary, withEmptySummary).changed().count()).isZero();
    }

    @Test
    void eachSectionReadsAsTheCandidateSeesItNamingWhatIsMissing() {
        PostingContent s = CanonicalContentTest.sample();
        PostingContent remote = new PostingContent(s.title(), null, null, null, null, List.of("EUROPEAN_UNION"),
                WorkplaceType.REMOTE, s.employmentType(), s.seniority(), s.experience(), null, null, null,
                s.roleSummary(), null, null, s.bullets(), List.of(new Kpi("Uptime", "")),
                List.of(new Faq("Visa?", "Yes.")), false);
        ContentComparison comparison = ContentComparison.between(remote, remote);
        assertThat(comparison.changed().count()).isZero();
        assertThat(text(comparison, "The job")).contains("Team: none\n", "Candidates may live in: European Union\n",
                "Salary: none given\n", "Closing date: none\n", "How to apply: none");
        assertThat(text(comparison, "KPIs")).isEqualTo("Uptime");
        assertThat(text(comparison, "Reporting")).isEqualTo("Reports to: none\nnone");
        assertThat(text(comparison, "Questions candidates ask"))
                .isEqualTo("Visa?\nYes.\n\nShown on the careers page: no");
        assertThat(text(ContentComparison.between(s, s), "KPIs"))
                .isEqualTo("p95 latency — target: under 150 ms\nDocs");
        assertThat(text(ContentComparison.between(s, s), "The job")).doesNotContain("Candidates may live in")
                .contains("Salary: € 80,000 – 105,000 per year", "Closing date: 2027-03-31");
    }

    @Test
    void aSegmentSaysWhetherItWasTakenOutOrPutIn() {
        assertThat(new ContentComparison.Segment("a", ContentComparison.Kind.DELETED).deleted()).isTrue();
        assertThat(new ContentComparison.Segment("a", ContentComparison.Kind.DELETED).inserted()).isFalse();
        assertThat(new ContentComparison.Segment("a", ContentComparison.Kind.INSERTED).inserted()).isTrue();
        assertThat(new ContentComparison.Segment("a", ContentComparison.Kind.SAME).deleted()).isFalse();
        assertThat(ContentComparison.between(CanonicalContentTest.sample(), CanonicalContentTest.sample()).changed().count())
                .isZero();
    }

    @Test
    void aLineAddedAtTheEndKeepsTheLinesBeforeItAsTheyWere() {
        ContentComparison.SectionChange change = ContentComparison.change("Tools", "TOOL", "Docker\nKafka",
                "Docker\nKafka\nRedis");
        assertThat(change.segments()).extracting(ContentComparison.Segment::kind, ContentComparison.Segment::text)
                .containsExactly(tuple(ContentComparison.Kind.SAME, "Docker\nKafka"),
                        tuple(ContentComparison.Kind.INSERTED, "\nRedis"));
        assertThat(ContentComparison.change("Tools", "TOOL", "", "Docker").segments())
                .extracting(ContentComparison.Segment::kind).containsExactly(ContentComparison.Kind.INSERTED);
    }

    @Test
    void aPassageTooLongToCompareWordByWordReadsAsReplacedWhole() {
        String before = "word ".repeat(1000).strip();
        String after = "other ".repeat(1000).strip();
        assertThat(ContentComparison.change("Role summary", "summary", before, after).segments())
                .extracting(ContentComparison.Segment::kind, ContentComparison.Segment::text)
                .containsExactly(tuple(ContentComparison.Kind.DELETED, before), tuple(ContentComparison.Kind.INSERTED, after));
        String shortBefore = "word ".repeat(700).strip();
        assertThat(ContentComparison.change("Role summary", "summary", shortBefore, shortBefore + " more").segments())
                .extracting(ContentComparison.Segment::kind).containsExactly(ContentComparison.Kind.SAME,
                        ContentComparison.Kind.INSERTED);
    }

    private static String text(ContentComparison comparison, String section) {
        return comparison.sections().stream().filter(change -> change.name().equals(section)).findFirst().orElseThrow()
                .segments().stream().map(ContentComparison.Segment::text).reduce("", String::concat);
    }
}
