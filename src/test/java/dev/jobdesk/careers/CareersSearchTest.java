package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.posting.SearchIndex;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Job seekers search the careers page by the start of any word of a posting, whatever its case and
 * accents, alone or with the filters; the search is part of the page's address.
 */
@QuarkusTest
class CareersSearchTest {

    @Inject
    SearchIndex searchIndex;

    @Test
    void findsLivePostingsByTheStartOfTheirWordsWhateverTheCaseAndAccents() {
        WebClient manager = WebClient.signedInAs("manager");
        WebClient lead = WebClient.signedInAs("lead");
        long id = PostingSteps.completeDraft(manager, "Zürich Quokkaplatform Engineer");
        String live = PostingSteps.publish(manager, lead, id);
        WebClient visitor = WebClient.anonymous();

        for (String query : List.of("zurich", "ZÜR", "quokka eng", "Quokkaplatform, Zürich!")) {
            assertThat(visitor.get(search(query)).assertStatus(200).html()).as(query).contains("href=\"" + live + "\"");
        }
        assertThat(visitor.get(search("quokka nowhereword")).html()).doesNotContain(live)
                .contains("No open positions match “quokka nowhereword”");
        assertThat(visitor.get(search("quokka") + "&workplace=ONSITE").html()).doesNotContain(live);
        assertThat(visitor.get(search("quokka")).document().selectFirst("input[name=q]").val()).isEqualTo("quokka");
        assertThat(WebClient.anonymous().get("/api/v1/postings?q=quokka").html()).contains(live.substring("/careers/".length()));

        PostingSteps.step(manager, id, "close").assertSeeOther();
        assertThat(visitor.get(search("quokka")).html()).as("a closed posting is not found").doesNotContain(live);
    }

    @Test
    void livePostingsPublishedBeforeTheSearchExistedAreMadeFindable() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.completeDraft(manager, "Wombatstack Engineer");
        String live = PostingSteps.publish(manager, WebClient.signedInAs("lead"), id);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("delete from posting_search_word where posting_id = :id").setParameter("id", id)
                .executeUpdate());
        assertThat(WebClient.anonymous().get(search("wombatstack")).html()).doesNotContain(live);

        assertThat(searchIndex.indexThoseMissing()).isGreaterThanOrEqualTo(1);
        assertThat(WebClient.anonymous().get(search("wombatstack") + "&page=1").html()).contains(live);
    }

    /** The address as typed: the client encodes it as a browser does. */
    private static String search(String query) {
        return "/careers?q=" + query;
    }
}
