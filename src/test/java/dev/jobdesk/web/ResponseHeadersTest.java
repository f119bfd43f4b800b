package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headers every answer owes its reader, whatever produced it. */
@QuarkusTest
class ResponseHeadersTest {

    @Test
    void everySignedInPageIsNeverStored() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.cloneDraft(manager);
        for (String path : List.of("/postings", "/postings/" + id, "/postings/" + id + "/edit", "/templates",
                "/account", "/careers")) {
            assertThat(manager.get(path).assertStatus(200).response().header("Cache-Control")).as(path)
                    .isEqualTo("no-store");
        }
    }

    @Test
    void everyAnswerCarriesTheCurrentDate() {
        WebClient visitor = WebClient.anonymous();
        for (String path : List.of("/careers", "/careers", "/login", "/assets/jobdesk.css", "/no-such-page", "/postings")) {
            Response answer = visitor.get(path).response();
            String date = answer.header("Date");
            assertThat(date).as(path).isNotNull();
            ZonedDateTime sent = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
            assertThat(Duration.between(sent, ZonedDateTime.now()).abs()).as(path).isLessThan(Duration.ofMinutes(1));
        }
    }

    /**
     * Rendered straight into UTF-8 bytes (Utf8Pages), or encoded at once when Qute's REST integration
     * rendered it (RenderedPageWriter, "my postings"), whatever the text holds and whatever the status.
     */
    @Test
    void everyPageIsUtf8HtmlWithTheTextAsTyped() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.cloneDraft(manager);
        String summary = "Zürich – 東京, from €70,000: a role for 🙂 people";
        Map<String, Object> form = PostingSteps.editForm(manager, id);
        String title = "Backend – 東京 🙂";
        form.put("roleSummary", summary);
        form.put("title", title);
        PostingSteps.save(manager, id, form).assertSeeOther();
        Page myPostings = manager.get("/postings").assertStatus(200);
        assertThat(myPostings.response().contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(myPostings.text()).contains(title);
        form.put("title", "");
        Page refused = PostingSteps.save(manager, id, form).assertStatus(400);
        for (Page page : List.of(manager.get("/postings/" + id).assertStatus(200),
                manager.get("/postings/" + id + "/edit").assertStatus(200), refused)) {
            assertThat(page.response().contentType()).isEqualTo("text/html;charset=UTF-8");
            assertThat(page.text()).contains(summary);
        }
        assertThat(refused.fieldValue("roleSummary")).isEqualTo(summary);
    }
}
