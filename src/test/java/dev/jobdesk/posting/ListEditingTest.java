package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.cloneDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.list;
import static dev.jobdesk.support.PostingSteps.save;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The list buttons work without JavaScript: each rearranges the form and shows it again, unsaved. */
@QuarkusTest
class ListEditingTest {

    @Test
    void kpisAreReorderedRemovedAndAddedThenSaved() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = cloneDraft(manager);
        Map<String, Object> form = editForm(manager, id);
        List<String> original = list(form, "kpiMetric");

        form.put("edit", "up:KPI:1");
        Page moved = save(manager, id, form).assertStatus(200);
        assertThat(moved.text()).contains("Not saved yet");
        assertThat(moved.fieldValues("kpiMetric").subList(0, 2)).containsExactly(original.get(1), original.get(0));

        Map<String, Object> next = moved.form("posting-form");
        next.put("edit", "remove:KPI:2");
        Page removed = save(manager, id, next).assertStatus(200);
        assertThat(removed.fieldValues("kpiMetric")).doesNotContain(original.get(2));

        Map<String, Object> saved = removed.form("posting-form");
        saved.remove("edit");
        save(manager, id, saved).assertSeeOther();
        List<String> kept = list(editForm(manager, id), "kpiMetric");
        assertThat(kept.subList(0, 2)).containsExactly(original.get(1), original.get(0));
        assertThat(kept).doesNotContain(original.get(2)).hasSize(original.size() - 1);
    }

    @Test
    void applyingALevelBringsItsYearsAndResponsibilitiesBeforeSaving() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = cloneDraft(manager);
        Map<String, Object> form = editForm(manager, id);
        form.put("seniority", "JUNIOR");
        form.put("edit", "level");
        Page applied = save(manager, id, form).assertStatus(200);
        assertThat(applied.fieldValue("experience")).isEqualTo("1-2 years");
        assertThat(applied.fieldValues("LEVEL"))
                .contains("Triage low-severity bugs from Sentry and close them with a regression test.");
        assertThat(applied.text()).contains("Now at the junior level", "Not saved yet");
    }

    @Test
    void eachButtonsNoticeStandsInTheSectionThePageOpensAt() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = cloneDraft(manager);
        Map<String, Object> form = editForm(manager, id);
        form.put("edit", "level");
        Page sameLevel = save(manager, id, form).assertStatus(200);
        assertThat(sameLevel.document().selectFirst("fieldset#LEVEL").text()).contains("Not saved yet");

        form.put("edit", "add:TOOL");
        Page added = save(manager, id, form).assertStatus(200);
        assertThat(added.document().selectFirst("fieldset#TOOL").text()).contains("Not saved yet");
        assertThat(added.document().selectFirst("fieldset#TOOL").parent().hasAttr("open")).isTrue();
    }
}
