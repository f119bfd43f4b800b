package dev.jobdesk.writing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobdesk.catalog.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritingHintsTest {

    private final WritingHints shipped = new WritingHints(Optional.empty());

    private List<Hint> hintsOn(Passage passage) {
        return shipped.read(List.of(passage), "3-5 years").hints();
    }

    @Test
    void pointsOutHypeTitlesAndGenderedWordsWithWhatToWriteInstead() {
        List<Hint> hints = hintsOn(Passage.list(Section.RESPONSIBILITY,
                List.of("Ship features fast.", "Be our next Rock-Star and backend NINJAS: he owns the pager.")));

        assertThat(hints).extracting(Hint::message).containsExactly(
                "\"Rock-Star\": try \"experienced engineer\", or say what the work needs.",
                "\"NINJAS\": try \"skilled engineer\", or name the skill.",
                "\"he\": try \"you\", or \"they\".");
        assertThat(hints).allSatisfy(hint -> {
            assertThat(hint.kind()).isEqualTo(Hint.Kind.WORDING);
            assertThat(hint.anchor()).isEqualTo("RESPONSIBILITY");
            assertThat(hint.where()).isEqualTo("Responsibilities, line 2");
        });
        assertThat(hints.get(2).source()).startsWith("Jobdesk's list: gendered words");
    }

    @Test
    void theSameTextIsReadOnceAndAChangedTextAfresh() {
        Passage before = Passage.text("summary", "Role summary", "An aggressive roadmap.");
        WritingReport first = shipped.read(List.of(before), "3-5 years");

        assertThat(shipped.read(List.of(Passage.text("summary", "Role summary", "An aggressive roadmap.")), "3-5 years"))
                .as("an equal text, read again from the database").isSameAs(first);
        assertThat(shipped.read(List.of(Passage.text("summary", "Role summary", "A clear roadmap.")), "3-5 years")
                .hints()).isEmpty();
        assertThat(shipped.read(List.of(before), "1-2 years")).as("another level's years").isNotSameAs(first);
    }

    @Test
    void namesTheResearchBehindMasculineCodedWords() {
        Hint hint = hintsOn(Passage.text("summary", "Role summary", "An aggressive roadmap.")).get(0);

        assertThat(hint.where()).isEqualTo("Role summary");
        assertThat(hint.source()).contains("Gaucher, Friesen and Kay").contains("2011");
    }

    @Test
    void findsWholeWordsOnly() {
        assertThat(hintsOn(Passage.text("summary", "Role summary",
                "The theme: heroes, this history and shepherds; young-ish? Youngsters? Guruji."))).extracting(Hint::message)
                .containsExactly("\"young\": try the work itself, not the age of who does it.",
                        "\"Guruji\": try \"expert in …\", naming the field.");
    }

    @Test
    void pointsOutJargonAcrossLineBreaksAndHyphens() {
        List<Hint> hints = hintsOn(Passage.text("reporting", "Reporting", "Find synergies and low hanging\nfruit."));

        assertThat(hints).extracting(Hint::kind).containsOnly(Hint.Kind.JARGON);
        assertThat(hints).extracting(Hint::message).containsExactly(
                "\"synergies\": try what working together produces.",
                "\"low hanging\nfruit\": try \"quick wins\", named.");
    }

    @Test
    void callsMoreThanEightMustHavesAWishList() {
        List<String> nine = Collections.nCopies(9, "PostgreSQL.");

        assertThat(hintsOn(Passage.list(Section.MUST_HAVE, nine.subList(0, 8)))).isEmpty();
        Hint hint = hintsOn(Passage.list(Section.MUST_HAVE, nine)).get(0);
        assertThat(hint.kind()).isEqualTo(Hint.Kind.MUST_HAVES);
        assertThat(hint.where()).isEqualTo("Must-have skills");
        assertThat(hint.message()).startsWith("9 must-haves. Keep the 8");
        assertThat(hint.source()).contains("Harvard Business Review");
        assertThat(hintsOn(Passage.list(Section.NICE_TO_HAVE, nine))).isEmpty();
    }

    @Test
    void asksForNoMoreYearsThanTheLevelNames() {
        Passage mustHaves = Passage.list(Section.MUST_HAVE,
                List.of("5+ years of Go.", "3 years of SQL, 7-9 years of Java and 6 yrs of Rust.", "At least 10 teammates."));

        List<Hint> hints = shipped.read(List.of(mustHaves), "3–5 years").hints();

        assertThat(hints).extracting(Hint::message).containsExactly(
                "Asks for 7-9 years; this level's experience is 3–5 years.",
                "Asks for 6 yrs; this level's experience is 3–5 years.");
        assertThat(hints).extracting(Hint::where).containsOnly("Must-have skills, line 2");
        assertThat(shipped.read(List.of(mustHaves), "6+ years").hints()).isEmpty();
        assertThat(shipped.read(List.of(mustHaves), "a few years").hints()).isEmpty();
        assertThat(shipped.read(List.of(Passage.list(Section.LEVEL, List.of("9 years of Go."))), "1-2 years").hints())
                .as("only the must-haves ask").isEmpty();
    }

    @Test
    void readsTheMostYearsOfALevel() {
        assertThat(WritingHints.mostYears("1-2 years")).contains(2);
        assertThat(WritingHints.mostYears("3 to 5 years")).contains(5);
        assertThat(WritingHints.mostYears("4 years")).contains(4);
        assertThat(WritingHints.mostYears("6+ years")).isEmpty();
        assertThat(WritingHints.mostYears("Some")).isEmpty();
        assertThat(WritingHints.mostYears(null)).isEmpty();
    }

    @Test
    void scoresEachPassageOnFleschsScale() {
        Passage plain = Passage.text("summary", "Role summary",
                "You will build the parts of our site that people use each day. You will test what you ship. "
                        + "You will work with a small team.");
        Passage dense = Passage.list(Section.RESPONSIBILITY, List.of(
                "Institutionalize comprehensive observability instrumentation across heterogeneous distributed "
                        + "infrastructure, operationalizing organizational reliability methodologies and "
                        + "architectural standardization initiatives, institutionalizing comprehensive standardization for every engineering organization"));

        WritingReport report = shipped.read(List.of(plain, dense), "3-5 years");

        assertThat(report.readingEase()).extracting(ReadingEase::anchor).containsExactly("summary", "RESPONSIBILITY");
        ReadingEase easy = report.readingEase().get(0);
        // 26 words in 3 sentences, 27 syllables: 206.835 - 1.015 * 26 / 3 - 84.6 * 27 / 26 = 110.2
        assertThat(easy.score()).isEqualTo(110);
        assertThat(easy.words()).isEqualTo(26);
        assertThat(easy.band()).isEqualTo("Very easy");
        assertThat(report.readingEase().get(1).band()).isEqualTo("Very difficult");
        assertThat(report.hints()).singleElement().satisfies(hint -> {
            assertThat(hint.kind()).isEqualTo(Hint.Kind.READING_EASE);
            assertThat(hint.message()).startsWith("Reading ease -").contains("(very difficult)");
            assertThat(hint.source()).isEqualTo(ReadingEase.SOURCE);
        });
    }

    @Test
    void leavesShortPassagesAndToolListsUnscored() {
        WritingReport report = shipped.read(List.of(
                Passage.text("facts", "Job title", "Backend Developer"),
                Passage.list(Section.TOOL, Collections.nCopies(30, "Kubernetes, Terraform, PostgreSQL"))), "3-5 years");

        assertThat(report.readingEase()).isEmpty();
        assertThat(report.hints()).isEmpty();
    }

    @Test
    void countsSyllablesByVowelGroups() {
        assertThat(ReadingEase.syllables("make")).isEqualTo(1);
        assertThat(ReadingEase.syllables("table")).isEqualTo(2);
        assertThat(ReadingEase.syllables("observability")).isEqualTo(6);
        assertThat(ReadingEase.syllables("the")).isEqualTo(1);
        assertThat(ReadingEase.syllables("rhythm")).isEqualTo(1);
        assertThat(ReadingEase.syllables("Straße")).isEqualTo(1);
    }

    @Test
    void namesFlesch_sBands() {
        assertThat(List.of(95, 85, 75, 65, 55, 35, 5)).extracting(score -> new ReadingEase("a", "A", score, 40).band())
                .containsExactly("Very easy", "Easy", "Fairly easy", "Plain English", "Fairly difficult", "Difficult",
                        "Very difficult");
        assertThat(List.of(90, 80, 70, 60, 50, 30, 29)).extracting(score -> new ReadingEase("a", "A", score, 40).band())
                .containsExactly("Very easy", "Easy", "Fairly easy", "Plain English", "Fairly difficult", "Difficult",
                        "Very difficult");
    }

    @Test
    void addsTheCompanysOwnWordsUnderItsOwnSource(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("jargon.txt"), """
                # Our code names
                Project Falcon = "our payments platform"
                # source: The platform team's glossary
                PFX* = "the deploy pipeline"
                .Falcon = "the payments platform's client library"
                """);

        List<Hint> hints = new WritingHints(Optional.of(folder)).read(List.of(
                Passage.text("summary", "Role summary", "Join project falcon and tune PFX2 with synergy and .falcon.")), "").hints();

        assertThat(hints).extracting(Hint::message).as("in the order they are read").containsExactly(
                "\"project falcon\": try \"our payments platform\".",
                "\"PFX2\": try \"the deploy pipeline\".",
                "\"synergy\": try what working together produces.",
                "\".falcon\": try \"the payments platform's client library\".");
        assertThat(hints).extracting(Hint::source).containsExactly("Your company's list (jargon.txt)",
                "The platform team's glossary", "Jobdesk's list of corporate jargon", "The platform team's glossary");
        assertThat(hintsOn(Passage.text("summary", "Role summary", "Project Falcon"))).isEmpty();
    }

    @Test
    void refusesACompanyListItCannotRead(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("wording.txt"), "ok = fine\nrockstar\n");

        assertThatThrownBy(() -> new WritingHints(Optional.of(folder)))
                .hasMessageEndingWith("wording.txt, line 2: write the wording, \"=\", then what to write instead;"
                        + " found \"rockstar\"");
        assertThatThrownBy(() -> new WritingHints(Optional.of(folder.resolve("missing"))))
                .hasMessageContaining("which is not a folder");
    }
}
