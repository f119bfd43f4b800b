package dev.jobdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With JavaScript, list rows move, disappear and appear in place; the save keeps that order. */
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
}
