package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.posting.CareersChanged;
import dev.jobdesk.posting.LiveListings;
import dev.jobdesk.support.CompanySettings;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A live posting's card in the careers list is rendered once and kept in the database for every
 * replica; a change to the posting or to the site makes the next list that shows it render it again,
 * and closing the posting drops it. Each visit here first empties the replica's page cache, so the
 * answer is made from the kept cards or from renderings.
 */
@QuarkusTest
class KeptCareersCardsTest {

    /**
     * Written over a kept card: a list that shows it was made from the kept row. Not ASCII, so that
     * it shows the row's bytes read back as the UTF-8 they were written in.
     */
    private static final String MARKER = "<li class=\"job card\">Served from the kept row – Zürich, 70 000 €</li>";

    @Inject
    CareersCache cache;

    @Inject
    EntityManager database;

    @Inject
    Event<CareersChanged> careersChanged;

    @Inject
    KeptRenderings keeper;

    @Inject
    SiteVersion siteVersion;

    @Inject
    KeptCards cards;

    @AfterEach
    void putTheCompanyBack() {
        CompanySettings.putTheDefaultsBack();
    }

    @Test
    void aCardIsRenderedOnceKeptAndRenderedAgainOnceItsPostingChanges() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.completeDraft(manager, "Quetzalcard Engineer");
        String careersPath = PostingSteps.publish(manager, WebClient.signedInAs("lead"), id);
        String search = "/careers?q=quetzalcard";

        Page rendered = listVisit(search).assertStatus(200);
        String card = rendered.document().selectFirst("li.job.card").outerHtml();
        assertThat(card).contains("Quetzalcard Engineer").contains("href=\"" + careersPath + "\"");
        assertThat(keptCard(id)).as("the card kept").contains("Quetzalcard Engineer");

        overwriteKeptCard(id);
        assertThat(listVisit(search).html()).as("served from the kept row").contains(MARKER)
                .doesNotContain("Quetzalcard Engineer");
        writeKeptCard(id, "<li>Written to the row after this replica read it</li>");
        assertThat(listVisit(search).html()).as("then from this replica's memory").contains(MARKER);
        assertThat(WebClient.signedInAs("lead").get(search).html()).as("the same card for everyone")
                .contains(MARKER);

        moveVersion(id);
        Page afterChange = listVisit(search);
        assertThat(afterChange.html()).doesNotContain(MARKER).contains("Quetzalcard Engineer");
        assertThat(keptCard(id)).as("kept again, as rendered now").contains("Quetzalcard Engineer");

        PostingSteps.step(manager, id, "close").assertSeeOther();
        assertThat(keptCard(id)).as("dropped as the posting closed").isNull();
        assertThat(listVisit(search).html()).doesNotContain("Quetzalcard Engineer");
    }

    @Test
    void aNewSiteVersionMakesKeptCardsRenderAgain() {
        long id = liveAndListedOnce("Axolotlcard Engineer", "axolotlcard");
        overwriteKeptCard(id);

        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/settings");
        admin.post("/admin/settings", Form.of("name", "Acme Cards", "introduction", "", "benefits", "",
                "timeZone", "UTC")).assertSeeOther();

        assertThat(listVisit("/careers?q=axolotlcard").html()).doesNotContain(MARKER).contains("Axolotlcard Engineer");
    }

    @Test
    void aCardIsNotKeptOnceItsPostingHasChangedSince() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.completeDraft(manager, "Changed Card Engineer");
        PostingSteps.publish(manager, WebClient.signedInAs("lead"), id);

        int renderedFrom = -1; // No posting is ever at this version: it has changed since.
        keeper.keepCards(List.of(new KeptRenderings.Card(id, renderedFrom, siteVersion.current(),
                MARKER.getBytes(StandardCharsets.UTF_8))));
        assertThat(keptCard(id)).isNull();
    }

    @Test
    void pastWhatMemoryHoldsCardsAreReadFromTheKeptRowsAndMemoryLetsGo() {
        long id = liveAndListedOnce("Narwhalcard Engineer", "narwhalcard");
        writeKeptCard(id, MARKER);
        List<LiveListings.Listed> listed = List.of(new LiveListings.Listed(id, versionOf(id), null));

        assertThat(cards.of(listed, 1).get(id).getValue()).as("from memory while every card fits there")
                .contains("Narwhalcard Engineer");
        assertThat(cards.of(listed, KeptCards.MAX_LIVE_IN_MEMORY + 1).get(id).getValue())
                .as("from the kept row once they do not").isEqualTo(MARKER);
        writeKeptCard(id, "<li class=\"job card\">Written after memory let go</li>");
        assertThat(cards.of(listed, 1).get(id).getValue()).as("memory let go of what it held")
                .contains("Written after memory let go");
    }

    /** A posting of this title, made live and found once in the list by {@code word}: its card is kept. */
    private long liveAndListedOnce(String title, String word) {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.completeDraft(manager, title);
        PostingSteps.publish(manager, WebClient.signedInAs("lead"), id);
        listVisit("/careers?q=" + word).assertStatus(200);
        return id;
    }

    private Page listVisit(String path) {
        cache.clear(new CareersChanged(null));
        return WebClient.anonymous().get(path);
    }

    private String keptCard(long postingId) {
        keeper.writeWaiting(); // what visits rendered is written behind them
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> html = database.createNativeQuery("select html from careers_card_utf8 where posting_id = ?1")
                    .setParameter(1, postingId).getResultList();
            return html.isEmpty() ? null : new String((byte[]) html.get(0), StandardCharsets.UTF_8);
        });
    }

    private void overwriteKeptCard(long postingId) {
        writeKeptCard(postingId, MARKER);
        forgetInMemory(postingId);
    }

    private void writeKeptCard(long postingId, String html) {
        keeper.writeWaiting(); // what visits rendered is written behind them
        QuarkusTransaction.requiringNew().run(() -> assertThat(database
                .createNativeQuery("update careers_card_utf8 set html = ?1 where posting_id = ?2")
                .setParameter(1, html.getBytes(StandardCharsets.UTF_8)).setParameter(2, postingId)
                .executeUpdate()).isEqualTo(1));
    }

    /**
     * As a change to the posting does: the next list is made from the kept row, as on a replica that
     * has not shown the card yet.
     */
    private void forgetInMemory(long postingId) {
        QuarkusTransaction.requiringNew().run(() -> careersChanged.fire(new CareersChanged(postingId)));
    }

    private int versionOf(long postingId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) database
                .createNativeQuery("select version from posting where id = ?1").setParameter(1, postingId)
                .getSingleResult()).intValue());
    }

    /** What any change to the posting does to the version its card was kept with, and to the lists. */
    private void moveVersion(long postingId) {
        QuarkusTransaction.requiringNew().run(() -> database
                .createNativeQuery("update posting set version = version + 1 where id = ?1")
                .setParameter(1, postingId).executeUpdate());
        careersChanged.fire(new CareersChanged(null));
    }
}
