package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.cloneDraft;
import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.list;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.support.WebClient;
import dev.jobdesk.writing.WritingHints;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The edit page's writing hints: on the saved text, each linked to its section, never in the way. */
@QuarkusTest
class WritingHintsPageTest {

    @Inject
    WritingHints writingHints;

    @Test
    @TestTransaction
    void stayQuietOnEveryShippedTemplateAtEveryLevel() {
        List<JobTemplate> library = JobTemplate.library();
        assertThat(library).isNotEmpty();
        for (JobTemplate template : library) {
            for (Seniority level : Seniority.values()) {
                PostingContent content = PostingContent.ofTemplate(template, level);
                assertThat(writingHints.read(content.passages(), content.experience()).hints())
                        .as("%s at the %s level", template.title, level.levelName()).isEmpty();
            }
        }
    }

    @Test
    void aFreshCloneHasNothingToPointOutAndAReadingScorePerSection() {
        WebClient manager = WebClient.signedInAs("manager");
        Document page = manager.get("/postings/" + cloneDraft(manager) + "/edit").assertStatus(200).document();

        Element hints = page.selectFirst("details#writing-hints");
        assertThat(hints).isNotNull();
        assertThat(hints.hasAttr("open")).isFalse();
        assertThat(hints.text()).contains("Writing hints 0", "Nothing to point out in the saved text.");
        assertThat(hints.select(".reading-ease tbody tr td:first-child a")).extracting(Element::text)
                .containsExactly("Role summary", "Responsibilities", "At this level", "Must-have skills",
                        "Nice-to-have skills", "KPIs", "Reporting");
    }

    @Test
    void pointToWhatTheSavedTextSaysAndWhereAndNeverBlockIt() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = completeDraft(manager, "Backend Rockstar");
        Map<String, Object> form = editForm(manager, id);
        List<String> mustHaves = new ArrayList<>(list(form, "MUST_HAVE"));
        mustHaves.add("8+ years of Kafka; he will lead the synergy review.");
        form.put("MUST_HAVE", mustHaves);
        save(manager, id, form).assertSeeOther();

        Element hints = manager.get("/postings/" + id + "/edit").assertStatus(200).document()
                .selectFirst("details#writing-hints");
        assertThat(hints.hasAttr("open")).isTrue();
        assertThat(hints.select("summary .count").text()).isEqualTo("5");
        assertThat(hints.select("li")).extracting(Element::text).containsExactly(
                "Job title · Exclusionary or gendered wording: \"Rockstar\": try \"experienced engineer\", or say what"
                        + " the work needs. From Jobdesk's list: hype titles that tell many qualified people the job is"
                        + " not for them.",
                "Must-have skills, line 9 · Exclusionary or gendered wording: \"he\": try \"you\", or \"they\"."
                        + " From Jobdesk's list: gendered words; address the candidate as \"you\", or say \"they\".",
                "Must-have skills, line 9 · Jargon: \"synergy\": try what working together produces."
                        + " From Jobdesk's list of corporate jargon.",
                "Must-have skills, line 9 · Years beyond the level: Asks for 8+ years; this level's experience is 3-5"
                        + " years. From " + "Jobdesk's rule: a must-have beyond the level's years turns away the"
                        + " people the level is for.",
                "Must-have skills · Long must-have list: 9 must-haves. Keep the 8 that matter most and move the rest"
                        + " to nice-to-have. From Jobdesk's rule, after Tara Sophia Mohr, \"Why Women Don't Apply for"
                        + " Jobs Unless They're 100% Qualified\", Harvard Business Review, 2014.");
        assertThat(hints.select("li a")).extracting(element -> element.attr("href"))
                .containsExactly("#facts", "#MUST_HAVE", "#MUST_HAVE", "#MUST_HAVE", "#MUST_HAVE");

        submit(manager, id, "Lena Lead").assertSeeOther();
    }
}
