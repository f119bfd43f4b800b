package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.cloneDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.save;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.Role;
import dev.jobdesk.support.People;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * "My postings": the manager's own postings, the one changed last first, 50 a page. The list reads
 * them from the owner's index in that order (V30), so the order is the query's, not a sort in Java.
 */
@QuarkusTest
class MyPostingsTest {

    @Test
    void aManagerSeesOnlyTheirOwnPostingsTheLastChangedFirstFiftyAPage() {
        People.account("pager", "Paula Pager", Role.MANAGER);
        WebClient pager = People.signedInAs("pager");
        List<Long> cloned = new ArrayList<>();
        for (int i = 0; i < PostingService.PAGE_SIZE + 2; i++) {
            cloned.add(cloneDraft(pager));
        }
        long someoneElses = cloneDraft(WebClient.signedInAs("manager"));

        long oldest = cloned.get(0);
        Map<String, Object> form = editForm(pager, oldest);
        form.put("title", "Changed last");
        save(pager, oldest, form).assertSeeOther();

        List<Long> expected = new ArrayList<>(cloned);
        Collections.reverse(expected);
        expected.remove(oldest);
        expected.add(0, oldest);
        Document first = pager.get("/postings").document();
        assertThat(idsListed(first)).containsExactlyElementsOf(expected.subList(0, PostingService.PAGE_SIZE));
        assertThat(first.select("table.table tbody tr").first().text()).contains("Changed last");
        assertThat(first.select("table.table tbody tr").first().select("td[data-label=Status] .badge.badge-draft").text())
                .isEqualTo(Status.DRAFT.label());
        assertThat(idsListed(pager.get("/postings?page=2").document()))
                .containsExactlyElementsOf(expected.subList(PostingService.PAGE_SIZE, expected.size()))
                .doesNotContain(someoneElses);
    }

    @Test
    void anAdminSeesEveryPostingWithItsOwnerAManagerNoOwnerColumn() {
        WebClient manager = WebClient.signedInAs("manager");
        cloneDraft(manager);
        Document mine = manager.get("/postings").document();
        assertThat(mine.select("h1").text()).isEqualTo("My postings");
        assertThat(mine.select("table.table th").eachText()).doesNotContain("Owner");
        assertThat(mine.select("td[data-label=Owner]")).isEmpty();

        Document all = WebClient.signedInAs("admin").get("/postings").document();
        assertThat(all.select("h1").text()).isEqualTo("All postings");
        assertThat(all.select("table.table th").eachText()).contains("Owner");
        assertThat(all.select("td[data-label=Owner]").eachText()).contains("Maya Manager");
    }

    private static List<Long> idsListed(Document page) {
        return page.select("table.table tbody tr a[href~=^/postings/\\d+$]").eachAttr("href").stream()
                .map(href -> Long.parseLong(href.substring("/postings/".length()))).toList();
    }
}
