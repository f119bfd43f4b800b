package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.posting.CareersChanged;
import dev.jobdesk.support.CompanySettings;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A live posting's careers page is rendered once and kept in the database for anonymous visitors on
 * every replica; a change to the posting, the company or the build makes the next visit render it
 * again, and closing the posting drops it. Each visit here first empties the replica's page cache,
 * so the answer comes from the kept page or from a rendering.
 */
@QuarkusTest
class KeptCareersPagesTest {

    /** Written over a kept page: a visit that answers with it was served from the kept row. */
    private static final String MARKER = "<!doctype html><title>kept</title><p>Served from the kept row";

    @Inject
    CareersCache cache;

    @Inject
    EntityManager database;

    @Inject
    KeptRenderings keeper;

    @Inject
    SiteVersion siteVersion;

    @AfterEach
    void putTheCompanyBack() {
        CompanySettings.putTheDefaultsBack();
    }

    @Test
    void aPageIsRenderedOnceKeptAndServedFromTheKeptRow() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.completeDraft(manager, "Kept Page Engineer");
        String careersPath = PostingSteps.publish(manager, WebClient.signedInAs("lead"), id);

        Page rendered = anonymousVisit(careersPath).assertStatus(200);
        assertThat(keptHtml(id)).as("the page kept").isEqualTo(rendered.html());
        assertThat(keptEtag(id)).isEqualTo(rendered.response().header("ETag"));

        overwriteKeptPage(id);
        Page kept = anonymousVisit(careersPath + "?utm_source=board").assertStatus(200);
        assertThat(kept.html()).isEqualTo(MARKER);
        assertThat(kept.response().header("ETag")).isEqualTo(rendered.response().header("ETag"));
        assertThat(kept.response().header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(kept.response().header("Content-Security-Policy")).startsWith("default-src 'self'");

        Page signedIn = manager.get(careersPath).assertStatus(200);
        assertThat(signedIn.html()).as("a signed-in visitor's page shows who they are: never kept")
                .doesNotContain(MARKER).contains("Kept Page Engineer");
        assertThat(keptHtml(id)).isEqualTo(MARKER);

        PostingSteps.step(manager, id, "close").assertSeeOther();
        assertThat(keptHtml(id)).as("dropped as the posting closed").isNull();
        assertThat(anonymousVisit(careersPath).status()).isEqualTo(410);
        assertThat(keptHtml(id)).as("a closed posting's page is not kept").isNull();
    }

    @Test
    void aRenamedCompanyMakesEveryKeptPageRenderAgain() {
        String careersPath = PostingSteps.publishedPosting(WebClient.signedInAs("manager"),
                WebClient.signedInAs("lead"), "Renamed Company Engineer");
        anonymousVisit(careersPath).assertStatus(200);
        long id = postingIdOf(careersPath);
        overwriteKeptPage(id);

        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/settings");
        admin.post("/admin/settings", Form.of("name", "Acme Parcels", "introduction", "", "benefits", "",
                "timeZone", "UTC")).assertSeeOther();

        Page page = anonymousVisit(careersPath).assertStatus(200);
        assertThat(page.html()).doesNotContain(MARKER);
        assertThat(page.document().selectFirst(".eyebrow").text()).isEqualTo("Careers at Acme Parcels");
        assertThat(keptHtml(id)).as("kept again, as rendered now").isEqualTo(page.html());
    }

    @Test
    void aRenderingIsNotKeptOnceItsPostingHasChangedSince() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = postingIdOf(PostingSteps.publishedPosting(manager, WebClient.signedInAs("lead"),
                "Changed Since Engineer"));

        int renderedFrom = -1; // No posting is ever at this version: it has changed since.
        keeper.keepPage(new KeptRenderings.Page(id, renderedFrom, siteVersion.current(), "\"old\"",
                MARKER.getBytes(StandardCharsets.UTF_8)));
        assertThat(keptHtml(id)).isNull();
    }

    private Page anonymousVisit(String path) {
        cache.clear(new CareersChanged(null));
        return WebClient.anonymous().get(path);
    }

    private long postingIdOf(String careersPath) {
        String slug = careersPath.substring(careersPath.lastIndexOf('/') + 1);
        return QuarkusTransaction.requiringNew().call(() -> ((Number) database
                .createNativeQuery("select id from posting where slug = ?1").setParameter(1, slug)
                .getSingleResult()).longValue());
    }

    private String keptHtml(long postingId) {
        keeper.writeWaiting(); // what visits rendered is written behind them
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> html = database.createNativeQuery("select html from careers_page where posting_id = ?1")
                    .setParameter(1, postingId).getResultList();
            return html.isEmpty() ? null : new String((byte[]) html.get(0), StandardCharsets.UTF_8);
        });
    }

    private String keptEtag(long postingId) {
        keeper.writeWaiting(); // what visits rendered is written behind them
        return QuarkusTransaction.requiringNew().call(() -> (String) database
                .createNativeQuery("select etag from careers_page where posting_id = ?1").setParameter(1, postingId)
                .getSingleResult());
    }

    private void overwriteKeptPage(long postingId) {
        keeper.writeWaiting(); // what visits rendered is written behind them
        QuarkusTransaction.requiringNew().run(() -> assertThat(database
                .createNativeQuery("update careers_page set html = ?1 where posting_id = ?2")
                .setParameter(1, MARKER.getBytes(StandardCharsets.UTF_8)).setParameter(2, postingId)
                .executeUpdate()).isEqualTo(1));
    }
}
