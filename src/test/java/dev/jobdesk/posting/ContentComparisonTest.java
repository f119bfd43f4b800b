package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
        assertThat(ContentComparison.between(before, before).changedCount()).isZero();
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
}
