package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.cloneDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.list;
import static dev.jobdesk.support.PostingSteps.save;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The questions candidates ask: copied from the template, edited like any list, shown publicly only when chosen. */
@QuarkusTest
class FaqTest {

    @Test
    void aCloneHasTheTemplatesQuestionsHiddenUntilTheManagerShowsThem() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = cloneDraft(manager);
        Map<String, Object> form = editForm(manager, id);
        assertThat(list(form, "faqQuestion")).contains("Is there an on-call rotation?").hasSize(6);
        assertThat(form).doesNotContainKey("showFaq");
        assertThat(manager.get("/postings/" + id + "/preview").text()).doesNotContain("Questions candidates ask");

        List<String> questions = new ArrayList<>(list(form, "faqQuestion"));
        List<String> answers = new ArrayList<>(list(form, "faqAnswer"));
        questions.set(0, "Which team will I join?");
        answers.set(0, "Payments: six engineers who run card and bank transfers.");
        form.put("faqQuestion", questions);
        form.put("faqAnswer", answers);
        form.put("showFaq", "on");
        save(manager, id, form).assertSeeOther();

        String preview = manager.get("/postings/" + id + "/preview").text();
        assertThat(preview).contains("Questions candidates ask", "Which team will I join?",
                "Payments: six engineers who run card and bank transfers.", "Is there an on-call rotation?");
        assertThat(manager.get("/postings/" + id).text()).contains("Shown on the careers page.");
    }

    @Test
    void aQuestionNeedsAnAnswerAndTheButtonsEditTheList() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = cloneDraft(manager);
        Map<String, Object> form = editForm(manager, id);
        List<String> answers = new ArrayList<>(list(form, "faqAnswer"));
        answers.set(1, "");
        form.put("faqAnswer", answers);
        Page refused = save(manager, id, form).assertStatus(400);
        assertThat(refused.text()).contains("Answer the question, or remove it.");
        assertThat(refused.html()).contains("<details class=\"section\" open>\n    <summary><span class=\"section-title\">FAQ");

        Map<String, Object> again = editForm(manager, id);
        again.put("edit", "remove:FAQ:0");
        Page removed = save(manager, id, again).assertStatus(200);
        assertThat(removed.text()).contains("Not saved yet");
        assertThat(removed.fieldValues("faqQuestion")).doesNotContain("What does a typical week look like?");
    }
}
