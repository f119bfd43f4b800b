package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * A posting's page lists the last steps of its history, however long it grows, and links to the
 * whole of it; the lead's request for changes stays in view after it has scrolled out of the list.
 */
@QuarkusTest
class HistoryPageTest {

    private static final int EXTRA_SAVES = 6;

    @Test
    void aLongHistoryListsItsLastStepsAndLinksToTheWholeOne() {
        WebClient manager = WebClient.signedInAs("manager");
        WebClient lead = WebClient.signedInAs("lead");
        long id = PostingSteps.completeDraft(manager, "Long History Engineer");
        PostingSteps.submit(manager, id, "Lena Lead").assertSeeOther();
        PostingSteps.requestChanges(lead, id, "Say which on-call rota this joins.").assertSeeOther();
        // Created, edited, submitted, sent back: then enough saves to push all four out of the list.
        int saves = PostingHistory.RECENT_STEPS + EXTRA_SAVES - 4;
        for (int save = 1; save <= saves; save++) {
            Map<String, Object> form = PostingSteps.editForm(manager, id);
            form.put("title", "Long History Engineer " + save);
            PostingSteps.save(manager, id, form).assertSeeOther();
        }

        Document page = manager.get("/postings/" + id).assertStatus(200).document();
        Elements listed = steps(page);
        assertThat(listed).hasSize(PostingHistory.RECENT_STEPS);
        assertThat(listed).allSatisfy(step -> assertThat(step.selectFirst("strong").text()).isEqualTo("Edited"));
        Element note = page.selectFirst("#history p.meta");
        assertThat(note.text()).startsWith("The last " + PostingHistory.RECENT_STEPS + " steps; "
                + EXTRA_SAVES + " earlier ones are not listed.");
        assertThat(page.selectFirst(".callout-warning .comment").text()).as("the lead's request, though not listed")
                .isEqualTo("Say which on-call rota this joins.");
        assertThat(manager.get("/postings/" + id + "/edit").document().selectFirst("#lead-request .comment").text())
                .isEqualTo("Say which on-call rota this joins.");

        String wholeHistory = note.selectFirst("a").attr("href");
        assertThat(wholeHistory).isEqualTo("/postings/" + id + "?history=all#history");
        // As a browser follows it: the fragment stays with the browser.
        Document whole = manager.get(wholeHistory.substring(0, wholeHistory.indexOf('#'))).assertStatus(200).document();
        Elements every = steps(whole);
        assertThat(every).hasSize(PostingHistory.RECENT_STEPS + EXTRA_SAVES);
        assertThat(every.first().selectFirst("strong").text()).isEqualTo("Created from template");
        assertThat(every.get(3).selectFirst("strong").text()).isEqualTo("Changes requested");
        assertThat(whole.select("#history p.meta").eachText()).noneMatch(text -> text.contains("not listed"));
    }

    @Test
    void aShortHistoryIsListedWhole() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.cloneDraft(manager);

        Document page = manager.get("/postings/" + id).assertStatus(200).document();
        assertThat(steps(page)).hasSize(1);
        assertThat(page.select("#history a")).isEmpty();
    }

    private static Elements steps(Document page) {
        return page.select("#history ol.timeline > li");
    }
}
