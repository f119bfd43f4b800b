package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.list;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.Templates.cloneOf;
import static dev.jobdesk.support.Templates.copyOfBackend;
import static dev.jobdesk.support.Templates.editorForm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A draft cloned from a template that has since changed is told so on its edit page, with the changes,
 * and takes them part by part without losing its own edits in the others.
 */
@QuarkusTest
class TemplateUpdatesTest {

    private static final String NEW_MUST_HAVE = "Fluency with SQL and one warehouse such as BigQuery or Snowflake.";

    @Test
    void aDraftTakesOnePartOfTheNewTemplateAndKeepsItsOwnTextInTheOthers() {
        WebClient admin = WebClient.signedInAs("admin");
        WebClient manager = WebClient.signedInAs("manager");
        String slug = copyOfBackend(admin, "Analytics Engineer");
        long id = cloneOf(manager, slug);
        Map<String, Object> mine = editForm(manager, id);
        List<String> niceToHaves = new ArrayList<>(list(mine, "NICE_TO_HAVE"));
        niceToHaves.set(0, "Our own nice-to-have, written by the manager.");
        mine.put("NICE_TO_HAVE", niceToHaves);
        save(manager, id, mine).assertSeeOther();
        assertThat(manager.get("/postings/" + id + "/edit").document().select("#template-update")).isEmpty();

        Map<String, Object> template = editorForm(admin, slug);
        List<String> mustHaves = new ArrayList<>(list(template, "MUST_HAVE"));
        mustHaves.set(1, NEW_MUST_HAVE);
        template.put("MUST_HAVE", mustHaves);
        List<String> templateNiceToHaves = new ArrayList<>(list(template, "NICE_TO_HAVE"));
        templateNiceToHaves.set(1, "Experience with dbt.");
        template.put("NICE_TO_HAVE", templateNiceToHaves);
        admin.post("/templates/" + slug, template).assertSeeOther();

        Element update = updateOn(manager, id);
        assertThat(update.text()).contains("The template has changed since you cloned it",
                "You cloned version 1", "it is now at version 2");
        assertThat(update.select(".template-part h3")).extracting(Element::text)
                .containsExactly("Must-have skills", "Nice-to-have skills");
        assertThat(update.select(".template-part ins").text()).contains("warehouse", "dbt");
        assertThat(manager.get("/postings/" + id).document().select("#template-changed a").attr("href"))
                .as("the posting's page points to the changes").isEqualTo("/postings/" + id + "/edit#template-update");

        Page edit = manager.get("/postings/" + id + "/edit");
        manager.post("/postings/" + id + "/template-update", "version", edit.fieldValue("version"), "part", "MUST_HAVE")
                .assertSeeOther();

        Map<String, Object> after = editForm(manager, id);
        assertThat(list(after, "MUST_HAVE")).contains(NEW_MUST_HAVE);
        assertThat(list(after, "NICE_TO_HAVE")).contains("Our own nice-to-have, written by the manager.")
                .doesNotContain("Experience with dbt.");
        Element taken = updateOn(manager, id);
        assertThat(taken.select(".template-part").get(0).text()).contains("Your posting has this text.");
        assertThat(taken.select(".template-part").get(1).select("button").text())
                .isEqualTo("Take the new Nice-to-have skills");
        assertThat(manager.get("/postings/" + id).text()).contains("Took the template's version 2. Changed must-have skills.");

        Page again = manager.get("/postings/" + id + "/edit");
        manager.post("/postings/" + id + "/template-update/keep", "version", again.fieldValue("version")).assertSeeOther();
        assertThat(manager.get("/postings/" + id + "/edit").document().select("#template-update")).isEmpty();
        assertThat(manager.get("/postings/" + id).document().select("#template-changed")).isEmpty();
        assertThat(list(editForm(manager, id), "NICE_TO_HAVE")).contains("Our own nice-to-have, written by the manager.");
        assertThat(manager.get("/postings/" + id).text()).contains("Follows the template's version 2");
    }

    @Test
    void takingEveryChangedPartFollowsTheNewVersionAndAStaleOrUnknownPartChangesNothing() {
        WebClient admin = WebClient.signedInAs("admin");
        WebClient manager = WebClient.signedInAs("manager");
        String slug = copyOfBackend(admin, "Payments Engineer");
        long id = cloneOf(manager, slug);
        Map<String, Object> template = editorForm(admin, slug);
        template.put("reportsTo", "Head of Payments");
        admin.post("/templates/" + slug, template).assertSeeOther();

        String stale = manager.get("/postings/" + id + "/edit").fieldValue("version");
        save(manager, id, editForm(manager, id)).assertSeeOther();
        Page refused = manager.post("/postings/" + id + "/template-update", "version", stale, "part", "reporting");
        assertThat(refused.assertSeeOther()).endsWith("/edit#template-update");
        assertThat(list(editForm(manager, id), "reportsTo")).containsExactly("Engineering Manager or Backend Lead");

        String current = manager.get("/postings/" + id + "/edit").fieldValue("version");
        manager.post("/postings/" + id + "/template-update", "version", current, "part", "TOOL").assertStatus(400);

        manager.post("/postings/" + id + "/template-update", "version", current, "part", "reporting").assertSeeOther();
        assertThat(editForm(manager, id).get("reportsTo")).isEqualTo("Head of Payments");
        assertThat(manager.get("/postings/" + id + "/edit").document().select("#template-update"))
                .as("every changed part taken, the posting follows version 2").isEmpty();
        manager.post("/postings/" + id + "/template-update/keep", "version", current).assertStatus(409);
    }

    private static Element updateOn(WebClient manager, long id) {
        Element update = manager.get("/postings/" + id + "/edit").assertStatus(200).document()
                .selectFirst("#template-update");
        assertThat(update).as("the edit page tells of the template's change").isNotNull();
        return update;
    }
}
