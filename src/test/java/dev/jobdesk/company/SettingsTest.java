package dev.jobdesk.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.support.CompanySettings;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An admin makes the careers page the company's own at /admin/settings: its name, introduction and
 * benefits show there, and its time zone is where closing dates end.
 */
@QuarkusTest
class SettingsTest {

    @AfterEach
    void putTheDefaultsBack() {
        CompanySettings.putTheDefaultsBack();
    }

    @Test
    void theCareersPageShowsTheCompanyAsTheAdminDescribesIt() throws Exception {
        WebClient admin = WebClient.signedInAs("admin");
        WebClient.anonymous().get("/careers").assertStatus(200);
        Page settings = admin.get("/admin/settings").assertStatus(200);
        assertThat(settings.fieldValue("name")).isEqualTo("Jobdesk");
        admin.post("/admin/settings", Form.of("name", "Acme <Robotics>", "introduction",
                "We build robots that sort parcels.\nOur team of 40 works from Lisbon and Berlin.",
                "benefits", "30 days of holiday\n\n  A learning budget  \nLunch on Fridays", "timeZone", "Europe/Lisbon"))
                .assertSeeOther();

        // The same page a moment before was kept for the next visitors: the change reaches them at once.
        Page careers = WebClient.anonymous().get("/careers?utm=settings-test").assertStatus(200);
        assertThat(careers.document().title()).isEqualTo("Careers · Acme <Robotics>");
        assertThat(careers.document().select(".company-intro p").eachText())
                .containsExactly("We build robots that sort parcels.", "Our team of 40 works from Lisbon and Berlin.");
        assertThat(careers.document().select(".benefits li").eachText())
                .containsExactly("30 days of holiday", "A learning budget", "Lunch on Fridays");
        assertThat(careers.html()).contains("Acme &lt;Robotics&gt;").doesNotContain("Acme <Robotics>");

        String live = PostingSteps.publishedPosting(WebClient.signedInAs("manager"), WebClient.signedInAs("lead"),
                "Settings Engineer");
        String jsonLd = WebClient.anonymous().get(live).jsonLd();
        assertThat(new ObjectMapper().readTree(jsonLd).path("hiringOrganization").path("name").asText())
                .isEqualTo("Acme <Robotics>");
        assertThat(admin.get("/admin/settings").document().selectFirst("#timeZone option[selected]").val())
                .isEqualTo("Europe/Lisbon");
    }

    @Test
    void aWrongSettingComesBackWithWhatWasTypedAndNothingChanges() {
        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/settings");
        Page refused = admin.post("/admin/settings", Form.of("name", " ", "introduction", "Kept text",
                "benefits", "b".repeat(301), "timeZone", "Mars/Olympus")).assertStatus(400);
        assertThat(refused.text()).contains("This field is required.", "Keep each benefit to 300 characters.",
                "Choose a time zone from the list.");
        assertThat(refused.document().selectFirst("#introduction").text()).isEqualTo("Kept text");
        assertThat(WebClient.anonymous().get("/careers").document().title()).isEqualTo("Careers · Jobdesk");
        WebClient.signedInAs("manager").get("/admin/settings").assertStatus(403);
    }
}
