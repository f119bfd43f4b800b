package dev.jobdesk.catalog;

import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.list;
import static dev.jobdesk.support.Templates.cloneOf;
import static dev.jobdesk.support.Templates.copyOfBackend;
import static dev.jobdesk.support.Templates.editorForm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Admins keep the library: a template edited in the editor becomes a new immutable version that new
 * clones take; templates are added from scratch or as copies, and retired.
 */
@QuarkusTest
class TemplateEditingTest {

    @Test
    void theEditorShowsEveryPartOfTheTemplateWithEachLevelsOwnWording() {
        WebClient admin = WebClient.signedInAs("admin");
        Map<String, Object> form = editorForm(admin, "backend-developer");

        assertThat(form.get("title")).isEqualTo("Backend Developer");
        assertThat(form.get("version")).isEqualTo("2");
        assertThat((String) form.get("roleSummaryJunior")).startsWith("You will build and run parts");
        assertThat(list(form, "MUST_HAVE").get(0)).startsWith("3+ years shipping");
        assertThat(list(form, "MUST_HAVE_JUNIOR").get(0)).startsWith("1+ year building");
        assertThat(list(form, "MUST_HAVE_JUNIOR").get(1)).as("a line the same at every level").isEmpty();
        assertThat(form).containsEntry("experience_SENIOR", "6+ years");
        assertThat(list(form, "LEVEL_JUNIOR")).hasSize(5).first().asString().startsWith("Implement scoped endpoints");
        assertThat(list(form, "kpiTargetSenior").get(6)).isEqualTo("8 a week, including other teams' changes");
        assertThat(list(form, "faqQuestion")).contains("Is there an on-call rotation?");
    }

    @Test
    void savingMakesTheNextVersionWhichNewClonesTakeWhileOlderPostingsKeepTheirs() {
        WebClient admin = WebClient.signedInAs("admin");
        String slug = copyOfBackend(admin, "Data Engineer");
        WebClient manager = WebClient.signedInAs("manager");
        long before = cloneOf(manager, slug);

        Map<String, Object> form = editorForm(admin, slug);
        List<String> mustHaves = new ArrayList<>(list(form, "MUST_HAVE"));
        List<String> juniors = new ArrayList<>(list(form, "MUST_HAVE_JUNIOR"));
        mustHaves.set(1, "Fluency with SQL and one warehouse such as BigQuery or Snowflake.");
        juniors.set(1, "Working SQL, and the wish to learn a warehouse.");
        form.put("MUST_HAVE", mustHaves);
        form.put("MUST_HAVE_JUNIOR", juniors);
        form.put("changeNote", "Warehouse skills instead of PostgreSQL");
        assertThat(admin.post("/templates/" + slug, form).assertSeeOther()).isEqualTo("/templates/" + slug);

        Page page = admin.get("/templates/" + slug).assertStatus(200);
        assertThat(page.text()).contains("Template · version 2", "Fluency with SQL and one warehouse");
        Element newest = page.document().selectFirst("#versions tbody tr");
        assertThat(newest.text()).contains("2 (shown)", "Clones take it", "Ada Admin", "Warehouse skills instead of PostgreSQL");
        assertThat(page.document().select("#versions tbody tr").get(1).text()).contains("Ada Admin", "Copied from Backend Developer");

        long after = cloneOf(manager, slug);
        assertThat(list(editForm(manager, after), "MUST_HAVE")).contains(
                "Fluency with SQL and one warehouse such as BigQuery or Snowflake.");
        assertThat(list(editForm(manager, before), "MUST_HAVE")).doesNotContain(
                "Fluency with SQL and one warehouse such as BigQuery or Snowflake.");
        assertThat(manager.get("/postings/" + after).text()).contains("version 2");

        Page older = manager.get("/templates/" + slug + "?version=1").assertStatus(200);
        assertThat(older.text()).contains("This is version 1", "Clones take version 2");
        assertThat(older.html()).doesNotContain(">Clone to draft</button>");
        manager.get("/templates/" + slug + "?version=9").assertStatus(404);
    }

    @Test
    void aLevelsOwnWordingReachesAPostingClonedAtThatLevel() {
        WebClient admin = WebClient.signedInAs("admin");
        String slug = copyOfBackend(admin, "Mobile Engineer");
        Map<String, Object> form = editorForm(admin, slug);
        List<String> seniors = new ArrayList<>(list(form, "kpiTargetSenior"));
        seniors.set(0, "under 150 ms");
        form.put("kpiTargetSenior", seniors);
        form.put("roleSummarySenior", "");
        admin.post("/templates/" + slug, form).assertSeeOther();

        Map<String, Object> saved = editorForm(admin, slug);
        assertThat(list(saved, "kpiTargetSenior").get(0)).isEqualTo("under 150 ms");
        assertThat(saved.get("roleSummarySenior")).as("the senior level now reads the mid level's").isEqualTo("");
        Page template = admin.get("/templates/" + slug).assertStatus(200);
        assertThat(template.text()).contains("Target for “p95 API latency on core endpoints” under 150 ms");
    }

    @Test
    void anInvalidFormComesBackAsTypedWithAMessagePerField() {
        WebClient admin = WebClient.signedInAs("admin");
        String slug = copyOfBackend(admin, "QA Engineer");
        Map<String, Object> form = editorForm(admin, slug);
        form.put("title", "");
        List<String> mids = new ArrayList<>(list(form, "NICE_TO_HAVE"));
        List<String> seniors = new ArrayList<>(list(form, "NICE_TO_HAVE_SENIOR"));
        mids.set(0, "");
        seniors.set(0, "Leads an open-source testing tool.");
        form.put("NICE_TO_HAVE", mids);
        form.put("NICE_TO_HAVE_SENIOR", seniors);
        form.put("experience_JUNIOR", "");

        Page refused = admin.post("/templates/" + slug, form).assertStatus(400);

        assertThat(refused.text()).contains("3 fields need attention", "Nothing was saved",
                "Write the mid level's line: a level without its own reads it.");
        assertThat(refused.fieldValues("NICE_TO_HAVE_SENIOR").get(0)).isEqualTo("Leads an open-source testing tool.");
        assertThat(refused.document().select("#title-error, #experience_JUNIOR-error")).hasSize(2);
        assertThat(refused.document().select("details.section[open] > fieldset").eachAttr("id"))
                .as("the folded parts with a message open").containsExactly("levels", "NICE_TO_HAVE");
        assertThat(admin.get("/templates/" + slug).text()).contains("Template · version 1");
    }

    @Test
    void aStaleSaveKeepsTheAdminsTextAndSavesOnlyWhenSentAgain() {
        WebClient admin = WebClient.signedInAs("admin");
        String slug = copyOfBackend(admin, "Security Engineer");
        Map<String, Object> first = editorForm(admin, slug);
        Map<String, Object> second = editorForm(WebClient.signedInAs("admin"), slug);
        first.put("tagline", "First admin's tagline");
        admin.post("/templates/" + slug, first).assertSeeOther();

        second.put("tagline", "Second admin's tagline");
        Page conflict = admin.post("/templates/" + slug, second).assertStatus(409);
        assertThat(conflict.text()).contains("Someone saved a new version while you were editing");
        assertThat(conflict.fieldValue("tagline")).isEqualTo("Second admin's tagline");
        assertThat(conflict.fieldValue("version")).isEqualTo("2");

        admin.post("/templates/" + slug, conflict.form("template-form")).assertSeeOther();
        assertThat(admin.get("/templates/" + slug).text()).contains("version 3", "Second admin's tagline");
    }

    @Test
    void rowButtonsMoveALineWithItsWordingPerLevelWithoutSaving() {
        WebClient admin = WebClient.signedInAs("admin");
        String slug = copyOfBackend(admin, "Site Reliability Engineer");
        Map<String, Object> form = editorForm(admin, slug);
        form.put("edit", "up:MUST_HAVE:1");

        Page moved = admin.post("/templates/" + slug, form).assertStatus(200);

        assertThat(moved.fieldValues("MUST_HAVE").get(0)).startsWith("Fluency with PostgreSQL");
        assertThat(moved.fieldValues("MUST_HAVE").get(1)).startsWith("3+ years shipping");
        assertThat(moved.fieldValues("MUST_HAVE_JUNIOR").get(1)).startsWith("1+ year building");
        assertThat(moved.text()).contains("Not saved yet");
        assertThat(moved.document().selectFirst("fieldset#MUST_HAVE").parent().hasAttr("open"))
                .as("the list the button changed stays open").isTrue();
        assertThat(moved.document().selectFirst("fieldset#NICE_TO_HAVE").parent().hasAttr("open")).isFalse();
        assertThat(admin.get("/templates/" + slug).text()).contains("Template · version 1");
    }

    @Test
    void anAdminWritesATemplateFromScratch() {
        WebClient admin = WebClient.signedInAs("admin");
        Map<String, Object> form = admin.get("/templates/new").assertStatus(200).form("template-form");
        form.put("title", "Engineering Manager");
        form.put("tagline", "Leads a team of six to eight engineers.");
        form.put("roleSummary", "You will lead a team that ships and runs a part of our product.");
        form.put("reportsTo", "Director of Engineering");
        form.put("reportingStructure", "You will work with product managers and designers.");
        form.put("experience_JUNIOR", "1-2 years leading");
        form.put("experience_MID", "3-5 years leading");
        form.put("experience_SENIOR", "6+ years leading");
        form.put("RESPONSIBILITY", List.of("Hold weekly one-to-ones with each engineer."));

        String location = admin.post("/templates", form).assertSeeOther();

        assertThat(location).startsWith("/templates/engineering-manager");
        Page page = admin.get(location).assertStatus(200);
        assertThat(page.text()).contains("Engineering Manager", "Template · version 1", "Hold weekly one-to-ones");
        assertThat(WebClient.signedInAs("manager").get("/templates").text()).contains("Engineering Manager");

        form.put("title", "New");
        assertThat(admin.post("/templates", form).assertSeeOther()).as("not the new-template page's address")
                .startsWith("/templates/new-template");
    }

    @Test
    void anAdminSavesAPostingAsATemplateForOthersToClone() {
        WebClient admin = WebClient.signedInAs("admin");
        WebClient manager = WebClient.signedInAs("manager");
        long posting = PostingSteps.completeDraft(manager, "Staff Payments Engineer");
        Map<String, Object> draft = editForm(manager, posting);
        draft.put("seniority", "SENIOR");
        draft.put("MUST_HAVE", List.of("Ten years of card payments.", "Led a PCI audit."));
        PostingSteps.save(manager, posting, draft).assertSeeOther();

        assertThat(admin.get("/postings/" + posting).document().select("a[href=/templates/new?posting=" + posting + "]"))
                .extracting(Element::text).containsExactly("Save as template");
        assertThat(manager.get("/postings/" + posting).html()).doesNotContain("Save as template");
        manager.get("/templates/new?posting=" + posting).assertStatus(403);
        admin.get("/templates/new?posting=999999").assertStatus(404);

        Map<String, Object> form = admin.get("/templates/new?posting=" + posting).assertStatus(200).form("template-form");
        assertThat(form).containsEntry("title", "Staff Payments Engineer")
                .containsEntry("tagline", "Made from the posting “Staff Payments Engineer”.")
                .containsEntry("changeNote", "Made from posting " + posting + ".");
        assertThat(list(form, "MUST_HAVE")).startsWith("Ten years of card payments.", "Led a PCI audit.");
        assertThat(list(form, "MUST_HAVE_SENIOR")).allMatch(String::isEmpty);
        assertThat(form).containsEntry("experience_JUNIOR", "1-2 years");
        String location = admin.post("/templates", form).assertSeeOther();

        long clone = cloneOf(manager, location.substring("/templates/".length()));
        assertThat(list(editForm(manager, clone), "MUST_HAVE")).startsWith("Ten years of card payments.", "Led a PCI audit.");
    }

    @Test
    void aRetiredTemplateLeavesTheLibraryAndTakesNoClonesUntilRestored() {
        WebClient admin = WebClient.signedInAs("admin");
        String slug = copyOfBackend(admin, "Retired Engineer");
        WebClient manager = WebClient.signedInAs("manager");
        long earlier = cloneOf(manager, slug);

        admin.post("/templates/" + slug + "/retire").assertSeeOther();

        assertThat(manager.get("/templates").document().select("a[href=/templates/" + slug + "]")).isEmpty();
        assertThat(admin.get("/templates").text()).contains("Retired");
        Page page = manager.get("/templates/" + slug).assertStatus(200);
        assertThat(page.text()).contains("This template is retired");
        assertThat(page.html()).doesNotContain(">Clone to draft</button>");
        Page refused = manager.post("/templates/" + slug + "/clone").assertStatus(409);
        assertThat(refused.text()).contains("template is retired: choose another from the library");
        manager.get("/postings/" + earlier).assertStatus(200);

        admin.post("/templates/" + slug + "/restore").assertSeeOther();
        assertThat(manager.get("/templates").document().select("a[href=/templates/" + slug + "]")).hasSize(1);
        cloneOf(manager, slug);
    }

    @Test
    void versionsCompareSectionBySectionAtAChosenLevel() {
        WebClient admin = WebClient.signedInAs("admin");
        String slug = copyOfBackend(admin, "Compared Engineer");
        Map<String, Object> form = editorForm(admin, slug);
        form.put("roleSummaryJunior", "You will learn our server side by building small parts of it.");
        admin.post("/templates/" + slug, form).assertSeeOther();

        Page junior = admin.get("/templates/" + slug + "/compare?from=1&to=2&level=JUNIOR").assertStatus(200);
        assertThat(junior.text()).contains("What changed from version 1 to version 2", "1 section changed",
                "as a posting cloned at the junior level reads them");
        assertThat(junior.document().select(".diff-section ins").text()).contains("learn");
        Page mid = WebClient.signedInAs("manager").get("/templates/" + slug + "/compare").assertStatus(200);
        assertThat(mid.text()).contains("Nothing changed", "at the mid level");
        admin.get("/templates/" + slug + "/compare?from=1&to=7").assertStatus(404);
    }
}
