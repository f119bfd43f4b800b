package dev.jobdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Templates;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With JavaScript, list rows move, disappear and appear in place, in both editors; the save keeps that order. */
@QuarkusTest
class ListEditingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void kpisAreRearrangedInPlaceAndSavedInTheirNewOrder() {
        try (Browser manager = Browser.open(base)) {
            manager.signIn("manager").go("/templates/backend-developer").press("Clone to draft");
            String editPath = manager.path();
            List<String> before = manager.values("kpiMetric");

            manager.openSection("KPIs").click("Move KPI 2 up");
            assertThat(manager.enabled("Move KPI 1 up")).as("the first row, just moved there").isFalse();
            assertThat(manager.enabled("Move KPI 2 up")).as("the row moved down from the top").isTrue();
            manager.click("Remove KPI 3").click("Add KPI");
            assertThat(manager.path()).isEqualTo(editPath);
            List<String> after = manager.values("kpiMetric");
            assertThat(manager.labelOf("kpiMetric-" + (after.size() - 1))).as("the added KPI's number")
                    .isEqualTo("Metric " + after.size());
            assertThat(after.subList(0, 2)).containsExactly(before.get(1), before.get(0));
            assertThat(after).doesNotContain(before.get(2)).hasSize(before.size() + 1 - 1);

            manager.press("Save draft");
            assertThat(manager.text()).contains("Draft saved.");
            manager.go(editPath);
            List<String> saved = manager.values("kpiMetric");
            assertThat(saved.subList(0, 2)).containsExactly(before.get(1), before.get(0));
            assertThat(saved).doesNotContain(before.get(2));
        }
    }

    @Test
    void aTemplatesLinesMoveWithTheirWordingPerLevelAndEachLevelAddsToItsOwnList() {
        String slug = Templates.copyOfBackend(WebClient.signedInAs("admin"), "Rearranged in place");
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin").go("/templates/" + slug + "/edit").assertAccessible().screenshot("template-editor");
            List<String> before = admin.values("MUST_HAVE");
            List<String> juniorsBefore = admin.values("MUST_HAVE_JUNIOR");

            admin.openSection("Must-have skills").clickIn("#MUST_HAVE", "Move line 2 up");
            int seniorRows = admin.values("LEVEL_SENIOR").size();
            admin.openSection("Levels").clickIn("#LEVEL_SENIOR", "Add a responsibility");
            assertThat(admin.path()).isEqualTo("/templates/" + slug + "/edit");
            assertThat(admin.values("LEVEL_SENIOR")).hasSize(seniorRows + 1);
            assertThat(admin.values("MUST_HAVE").subList(0, 2)).containsExactly(before.get(1), before.get(0));
            assertThat(admin.values("MUST_HAVE_JUNIOR").subList(0, 2))
                    .containsExactly(juniorsBefore.get(1), juniorsBefore.get(0));
            assertThat(admin.wouldAskBeforeLeaving()).isTrue();

            admin.press("Save as version 2");
            assertThat(admin.text()).contains("Saved as version 2");
            admin.go("/templates/" + slug).assertAccessible().screenshot("template-versions");
            admin.go("/templates/" + slug + "/compare?from=1&to=2").assertAccessible().screenshot("template-compare");
            admin.go("/templates/" + slug + "/edit");
            assertThat(admin.values("MUST_HAVE").subList(0, 2)).containsExactly(before.get(1), before.get(0));
            assertThat(admin.values("MUST_HAVE_JUNIOR").get(1)).isEqualTo(juniorsBefore.get(0));
        }
    }
}
