package dev.jobdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateMarkdownTest {

    @Test
    void writesEveryPartUnderItsHeadingWithEachLevelsOwnWording() {
        String markdown = TemplateMarkdown.write(SampleTemplates.backendContent());

        assertThat(markdown).startsWith("# Backend Developer\n\nServer-side work\n\n## Role summary\n\n"
                + "You will own a part of the server side.\n\n### Junior\n\nYou will build parts of it.\n\n"
                + "### Senior\n\nYou will shape it.\n\n## Reports to\n\nEngineering Manager\n\n");
        assertThat(markdown).contains("## Must-have skills\n\n- 3+ years of Go.\n  - Junior: 1+ year of Go.\n"
                + "  - Senior: 6+ years of Go.\n- PostgreSQL fluency.\n\n");
        assertThat(markdown).contains("## Senior level\n\nExperience: 6+ years\n\n- Set the architecture.\n\n");
        assertThat(markdown).contains("| Metric | Target | Junior | Senior |\n| --- | --- | --- | --- |\n"
                + "| p95 API latency | under 200 ms |  |  |\n| Reviews | 5 a week | 2 a week | 8 a week |\n");
    }

    @Test
    void readsBackExactlyWhatItWrote() {
        TemplateContent sample = SampleTemplates.backendContent();
        assertThat(TemplateMarkdown.read(TemplateMarkdown.write(sample)).content()).isEqualTo(sample);
    }

    @Test
    void readsBackTextThatLooksLikeMarkupAsText() {
        TemplateContent sample = SampleTemplates.backendContent();
        TemplateContent tricky = new TemplateContent("C# | *Bold* engineer", "# Not a heading\n\n- not a list\n1. nor this",
                Worded.of("", "Line one\n\n## not a part\n### Junior\nback\\slash `code` <b>", ""), "Lead | CTO",
                "> quote", Map.of(Section.RESPONSIBILITY, List.of(Worded.of("- Junior: sneaky", "- dash", "")),
                        Section.TOOL, List.of(Worded.same("[link](https://example.com)"))),
                sample.levels(), List.of(new TemplateContent.WordedKpi("Uptime | p99", Worded.of("", "99.9%", "\\|"))),
                List.of(new Faq("### Is this a question?", "Yes.\n\n### Still the answer")));

        TemplateMarkdown.Reading reading = TemplateMarkdown.read(TemplateMarkdown.write(tricky));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.content()).isEqualTo(tricky);
    }

    @Test
    void saysByLineWhatItCannotReadAndGivesNoContent() {
        String written = TemplateMarkdown.write(SampleTemplates.backendContent());
        String broken = written.replace("## Reports to", "## Benefits")
                .replace("Experience: 1-2 years", "Years: 1-2")
                .replace("| Reviews | 5 a week | 2 a week | 8 a week |", "| Reviews | 5 a week |")
                .replace("- Design APIs.", "* Design APIs.");

        TemplateMarkdown.Reading reading = TemplateMarkdown.read(broken);

        assertThat(reading.content()).isNull();
        assertThat(reading.problems()).containsExactly(
                "Line 17: \"## Benefits\" is not a part of a template; the parts are Role summary, Reports to,"
                        + " Reporting structure, Responsibilities, Must-have skills, Nice-to-have skills,"
                        + " Tools and technology, Junior level, Mid level, Senior level, KPIs, Questions candidates ask.",
                "The part \"## Reports to\" is missing.");
        TemplateMarkdown.Reading deeper = TemplateMarkdown.read(written.replace("Experience: 1-2 years", "Years: 1-2")
                .replace("| Reviews | 5 a week | 2 a week | 8 a week |", "| Reviews | 5 a week |")
                .replace("- Design APIs.", "* Design APIs."));
        assertThat(deeper.content()).isNull();
        assertThat(deeper.problems()).hasSize(4).anyMatch(problem -> problem.contains("each line starts with \"- \""))
                .anyMatch(problem -> problem.contains("come \"Experience: …\" once"))
                .anyMatch(problem -> problem.contains("say the level's years under it"))
                .anyMatch(problem -> problem.contains("a KPI row has four cells (metric, target, junior, senior), not 2"));
    }

    @Test
    void wantsTheTitleFirst() {
        assertThat(TemplateMarkdown.read("\n\nBackend Developer\n").problems())
                .containsExactly("Line 3: start with the template's title, as \"# Backend Developer\".");
        assertThat(TemplateMarkdown.read("").problems()).hasSize(1);
    }
}
