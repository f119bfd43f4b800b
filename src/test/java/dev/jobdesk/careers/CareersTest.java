package dev.jobdesk.careers;

import static dev.jobdesk.support.PostingSteps.approvedPosting;
import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What job seekers, search engines and job boards read. */
@QuarkusTest
class CareersTest extends ManagerAndLead {

    private final WebClient visitor = WebClient.anonymous();

    @Test
    void onlyPublishedPostingsAreListed() {
        completeDraft(manager, "Unlisted draft");
        approvedPosting(manager, lead, "Unlisted approved");
        String live = PostingSteps.publishedPosting(manager, lead, "Listed live");
        String careers = visitor.get("/careers?team=Platform").assertStatus(200).text();
        assertThat(careers).contains("Listed live").doesNotContain("Unlisted draft", "Unlisted approved");
        assertThat(visitor.get(live).assertStatus(200).text()).contains("Listed live");
    }

    @Test
    void openingsAreGroupedByTeamWithHowManyEachHas() {
        String word = "grouped" + System.nanoTime();
        String first = PostingSteps.team("Grouped A " + word);
        String second = PostingSteps.team("Grouped B " + word);
        publishedIn(first, "Older " + word);
        publishedIn(second, "Only " + word);
        publishedIn(first, "Newer " + word);

        Document page = visitor.get("/careers?q=" + word).assertStatus(200).document();
        assertThat(page.select(".team-group h2").eachText())
                .containsExactly(first + " 2 open positions", second + " 1 open position");
        assertThat(page.select(".team-group").get(0).select(".job h3").eachText())
                .as("newest first within a team").containsExactly("Newer " + word, "Older " + word);
        assertThat(page.select(".team-group").get(1).select(".job h3").eachText()).containsExactly("Only " + word);

        Document all = visitor.get("/careers").document();
        assertThat(all.select(".team-links a").eachText()).contains(first + " 2", second + " 1");
        assertThat(all.select(".team-links a[href='/careers?team=" + first.replace(" ", "+") + "']")).hasSize(1);
    }

    private void publishedIn(String team, String title) {
        long id = completeDraft(manager, title);
        Map<String, Object> form = editForm(manager, id);
        form.put("team", team);
        save(manager, id, form).assertSeeOther();
        PostingSteps.publish(manager, lead, id);
    }

    @Test
    void jobSeekersFilterByTeamWorkplaceAndSeniority() {
        String team = PostingSteps.team("FilterTeam" + System.nanoTime());
        long id = completeDraft(manager, "Filtered remote senior");
        Map<String, Object> form = editForm(manager, id);
        form.put("team", team);
        form.put("workplaceType", "REMOTE");
        form.put("remoteAreas", "EUROPE");
        form.put("seniority", "SENIOR");
        save(manager, id, form).assertSeeOther();
        PostingSteps.submit(manager, id, "Lena Lead").assertSeeOther();
        step(lead, id, "approve").assertSeeOther();
        step(manager, id, "publish").assertSeeOther();
        PostingSteps.publishedPosting(manager, lead, "Unfiltered hybrid mid");

        String byTeam = visitor.get("/careers?team=" + team).assertStatus(200).text();
        assertThat(byTeam).contains("Filtered remote senior").doesNotContain("Unfiltered hybrid mid");
        String byLevelAndPlace = visitor.get("/careers?workplace=REMOTE&seniority=SENIOR").text();
        assertThat(byLevelAndPlace).contains("Filtered remote senior").doesNotContain("Unfiltered hybrid mid");
        assertThat(visitor.get("/careers?country=DE&workplace=REMOTE&seniority=SENIOR").text())
                .as("by the country the job is in").contains("Filtered remote senior");
        assertThat(visitor.get("/careers?country=PT&workplace=REMOTE&seniority=SENIOR").text())
                .doesNotContain("Filtered remote senior");
        assertThat(visitor.get("/careers").document().select("#filter-country option").eachAttr("value")).contains("DE");
        assertThat(visitor.get("/careers?workplace=REMOTE&seniority=SENIOR").document().select(".job-facts").text())
                .as("a card says how the job is held and what it pays").contains("Full-time", "€ 70,000 – 90,000 per year");
        assertThat(visitor.get("/careers?workplace=MOON").assertStatus(200).text()).contains("Unfiltered hybrid mid");
        assertThat(visitor.get("/careers").html()).contains("<option value=\"" + team + "\">");
    }

    @Test
    void aSignedInVisitorIsNeverServedTheAnonymousCopy() {
        visitor.get("/careers").assertStatus(200);
        assertThat(manager.get("/careers").text()).contains("Maya Manager", "Log out");
        assertThat(visitor.get("/careers").text()).doesNotContain("Maya Manager");
    }

    @Test
    void theAccentColourComesWithTheOneStylesheetWhichAVersionedAddressKeepsForAYear() {
        var page = visitor.get("/careers").document();
        var stylesheets = page.select("link[rel=stylesheet]").eachAttr("href");
        assertThat(stylesheets).hasSize(1);
        assertThat(stylesheets.get(0)).matches("/assets/jobdesk\\.css\\?v=[0-9a-f]{12}");
        var css = visitor.get(stylesheets.get(0)).assertStatus(200);
        assertThat(css.response().contentType()).startsWith("text/css");
        assertThat(css.html()).startsWith(":root { --accent: #2251c7; --accent-dark: #193c95; }").contains(".site-header");
        assertThat(css.response().header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        String script = page.selectFirst("script[src]").attr("src");
        assertThat(script).matches("/assets/jobdesk\\.js\\?v=[0-9a-f]{12}");
        assertThat(visitor.get(script).assertStatus(200).response().header("Cache-Control"))
                .isEqualTo("public, max-age=31536000, immutable");
        String icon = page.selectFirst("link[rel=icon]").attr("href");
        assertThat(visitor.get(icon).assertStatus(200).response().header("Cache-Control"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(visitor.get("/assets/jobdesk.js?v=0123456789ab").response().header("Cache-Control"))
                .as("an old version's address is not kept for a year").doesNotContain("immutable");
        assertThat(visitor.get("/theme.css").status()).isEqualTo(404);
    }

    @Test
    void unknownAddressesAreNotFound() {
        visitor.get("/careers/no-such-job-999999").assertStatus(404);
        assertThat(visitor.get("/careers/no-such-job-999999").text()).contains("Page not found");
    }

    @Test
    void aRemotePostingIsTelecommuteWithTheCountriesAndRegionsItsCandidatesMayLiveIn() throws Exception {
        long id = completeDraft(manager, "Remote Backend Developer");
        Map<String, Object> form = editForm(manager, id);
        form.put("workplaceType", "REMOTE");
        form.put("location", "");
        form.put("country", "");
        form.put("remoteAreas", List.of());
        form.put("howToApply", "jobs@example.com");
        save(manager, id, form).assertSeeOther();
        assertThat(PostingSteps.submit(manager, id, "Lena Lead").assertStatus(409).text())
                .as("a remote role says where its candidates may live").contains("where candidates may live");
        form = editForm(manager, id);
        form.put("remoteAreas", List.of("EUROPEAN_UNION", "CH"));
        save(manager, id, form).assertSeeOther();
        assertThat(editForm(manager, id).get("remoteAreas")).isEqualTo(List.of("EUROPEAN_UNION", "CH"));

        Page page = visitor.get(PostingSteps.publish(manager, lead, id)).assertStatus(200);
        assertThat(page.html()).contains("href=\"mailto:jobs@example.com\"");
        assertThat(page.text()).contains("Remote · from European Union, Switzerland");
        JsonNode json = new ObjectMapper().readTree(page.jsonLd());
        assertThat(json.path("jobLocationType").asText()).isEqualTo("TELECOMMUTE");
        JsonNode areas = json.path("applicantLocationRequirements");
        assertThat(areas.size()).isEqualTo(2);
        assertThat(areas.get(0).path("@type").asText()).isEqualTo("AdministrativeArea");
        assertThat(areas.get(0).path("name").asText()).isEqualTo("European Union");
        assertThat(areas.get(1).path("@type").asText()).isEqualTo("Country");
        assertThat(areas.get(1).path("name").asText()).isEqualTo("Switzerland");
        assertThat(json.path("employmentType").asText()).isEqualTo("FULL_TIME");
        assertThat(json.path("hiringOrganization").path("name").asText()).isNotBlank();
        assertThat(json.path("datePosted").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.has("jobLocation")).isFalse();
    }

    @Test
    void anOnSitePostingHasItsAddressInPartsAndReadsAsOnePlace() throws Exception {
        long id = completeDraft(manager, "Addressed Backend Developer");
        Map<String, Object> form = editForm(manager, id);
        form.put("region", "Land Berlin");
        save(manager, id, form).assertSeeOther();

        Page page = visitor.get(PostingSteps.publish(manager, lead, id)).assertStatus(200);
        JsonNode address = new ObjectMapper().readTree(page.jsonLd()).path("jobLocation").path("address");
        assertThat(address.path("addressLocality").asText()).isEqualTo("Berlin");
        assertThat(address.path("addressRegion").asText()).isEqualTo("Land Berlin");
        assertThat(address.path("addressCountry").asText()).isEqualTo("DE");
        assertThat(page.text()).contains("Berlin, Land Berlin, Germany");
        assertThat(visitor.get("/careers").text()).contains("Berlin, Land Berlin, Germany");
    }

    @Test
    void aCountryMustComeFromTheList() {
        long id = completeDraft(manager, "Nowhere Developer");
        Map<String, Object> form = editForm(manager, id);
        form.put("country", "XX");
        assertThat(save(manager, id, form).assertStatus(400).text()).contains("Choose the country from the list.");
    }

    @Test
    void textThatTriesToCloseTheScriptStaysInsideTheJson() throws Exception {
        String title = "Engineer </script><script>alert(1)</script> & co";
        String careersPath = PostingSteps.publishedPosting(manager, lead, title);
        Page page = visitor.get(careersPath).assertStatus(200);
        String jsonLd = page.jsonLd();
        assertThat(jsonLd).doesNotContain("<", ">").contains("\\u003c/script\\u003e");
        assertThat(new ObjectMapper().readTree(jsonLd).path("title").asText()).isEqualTo(title);
        assertThat(page.html()).doesNotContain("<script>alert(1)");
    }
}
