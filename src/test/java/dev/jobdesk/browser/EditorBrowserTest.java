package dev.jobdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The editor on a laptop and on a phone: compact, its outline and Save draft always at hand, and
 * nothing typed lost by leaving without saving.
 */
@QuarkusTest
class EditorBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aFreshCloneOpensCompactWithItsOutlineAndSaveBarInView() {
        try (Browser manager = Browser.open(base)) {
            manager.signIn("manager").go("/templates/backend-developer").press("Clone to draft");
            String editPath = manager.path();

            manager.width(Browser.DESKTOP).assertAccessible().screenshot("editor");
            assertThat(manager.pageHeight()).as("edit page height at 1280 px").isLessThanOrEqualTo(3000);
            assertThat(manager.inView("#outline")).as("outline at 1280 px").isTrue();
            assertThat(manager.inView(".save-bar")).as("save bar at 1280 px").isTrue();
            manager.scrollToEnd();
            assertThat(manager.inView("#outline")).as("outline stays in view at 1280 px").isTrue();
            assertThat(manager.inView(".save-bar")).isTrue();

            manager.width(Browser.PHONE).go(editPath);
            assertThat(manager.inView(".save-bar")).as("save bar at 375 px").isTrue();
            assertThat(manager.inView(".outline-jump")).as("the way to the outline at 375 px").isTrue();
            assertThat(manager.scrollsSideways()).as("the editor at 375 px, wider: %s", manager.widerThanWindow()).isFalse();
            manager.scrollToEnd();
            assertThat(manager.inView(".save-bar")).isTrue();
            manager.assertAccessible();
        }
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        try (Browser manager = Browser.open(base)) {
            manager.signIn("manager").go("/templates/backend-developer").press("Clone to draft");
            assertThat(manager.wouldAskBeforeLeaving()).as("before any change").isFalse();
            manager.choose("Team", "Payments");
            assertThat(manager.text()).contains("Unsaved changes");
            assertThat(manager.wouldAskBeforeLeaving()).as("after typing").isTrue();
            manager.press("Save draft");
            assertThat(manager.text()).contains("Draft saved.");

            manager.follow("Edit").openSection("Responsibilities").click("Remove line 1");
            assertThat(manager.wouldAskBeforeLeaving()).as("after a list edit").isTrue();
        }
    }

    @Test
    void noSignedInPageScrollsSidewaysOnAPhone() {
        try (Browser manager = Browser.open(base); Browser lead = Browser.open(base); Browser admin = Browser.open(base)) {
            manager.signIn("manager").go("/templates/backend-developer").press("Clone to draft");
            String editPath = manager.path();
            String postingPath = editPath.replace("/edit", "");
            manager.width(Browser.PHONE);
            for (String path : List.of("/postings", postingPath, editPath, postingPath + "/preview", "/templates",
                    "/templates/backend-developer", "/account")) {
                manager.go(path);
                assertThat(manager.scrollsSideways()).as("%s at 375 px, wider: %s", path, manager.widerThanWindow()).isFalse();
            }
            manager.go("/postings").screenshot("postings");
            lead.signIn("lead").width(Browser.PHONE).go("/reviews");
            assertThat(lead.scrollsSideways()).as("/reviews at 375 px").isFalse();
            admin.signIn("admin").width(Browser.PHONE).go("/admin/users");
            assertThat(admin.scrollsSideways()).as("/admin/users at 375 px").isFalse();
            admin.assertAccessible();
        }
    }

    @Test
    void withoutJavaScriptSectionsOpenFromLinksAndUnsavedChangesSayWhereTheyAre() {
        try (Browser manager = Browser.openWithoutJavaScript(base)) {
            manager.signIn("manager").go("/templates/backend-developer").press("Clone to draft");
            String editPath = manager.path();
            assertThat(manager.shown("kpiMetric-0")).as("KPIs collapsed at first").isFalse();
            manager.go(editPath + "#KPI");
            assertThat(manager.shown("kpiMetric-0")).as("KPIs opened by a link to them").isTrue();

            manager.press("Move KPI 2 up");
            assertThat(manager.path()).endsWith("#KPI");
            assertThat(manager.shown("kpiMetric-0")).as("the edited section stays open").isTrue();
            assertThat(manager.text()).contains("Not saved yet: use Save draft to keep your changes.");

            manager.choose("Seniority", "Senior").press("Apply level");
            assertThat(manager.path()).endsWith("#LEVEL");
            assertThat(manager.text()).contains("Now at the senior level", "Not saved yet");
            assertThat(manager.value("experience")).isEqualTo("6+ years");
            manager.press("Save draft");
            assertThat(manager.text()).contains("Draft saved.", "Senior · 6+ years", "At the senior level");
        }
    }
}
