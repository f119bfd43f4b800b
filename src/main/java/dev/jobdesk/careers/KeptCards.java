package dev.jobdesk.careers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jobdesk.posting.CareersChanged;
import dev.jobdesk.posting.LiveListings;
import dev.jobdesk.posting.PublishedPostings;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The cards of a page of the careers list, each rendered once for all replicas (see {@link
 * CareersCard}), kept in memory too while all of them fit there: a card kept since its
 * posting's last change is used as it is, the others are read from the database and, if not kept
 * there either, read in one query, rendered and kept for the next visitor (see {@link
 * KeptRenderings}). What is kept is the card view's own output, escaped by Qute as it rendered.
 */
@ApplicationScoped
class KeptCards {

    /**
     * What the cards kept in memory may weigh together: a card is about 500 bytes of UTF-8, so about
     * 12,000 of them. Past that, a card comes from the database, which costs a list page about a
     * third of its throughput, never a rendering.
     */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    /**
     * Up to this many live postings, cards are kept in memory (a card and its entry weigh about 700
     * bytes). Past it the memory could hold only some of them, and a crawler, reading every page in
     * turn, asks for each card once: at 100,000 postings the memory answered one card in six, and
     * its 8 MB filled the old generation, so the list spent its time in full collections.
     */
    static final long MAX_LIVE_IN_MEMORY = MAX_BYTES / 700;

    /** A card as UTF-8, half the size of the string a euro sign would make it, and what it was made from. */
    private record InMemory(int postingVersion, String siteVersion, byte[] html) {

        boolean isFor(LiveListings.Listed posting, String site) {
            return postingVersion == posting.version() && siteVersion.equals(site);
        }
    }

    private final Cache<Long, InMemory> inMemory = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((Long id, InMemory card) -> card.html().length + 64).build();

    private final DataSource database;
    private final SiteVersion siteVersion;
    private final LiveListings listings;
    private final KeptRenderings keeper;

    KeptCards(DataSource database, SiteVersion siteVersion, LiveListings listings, KeptRenderings keeper) {
        this.keeper = keeper;
        this.database = database;
        this.siteVersion = siteVersion;
        this.listings = listings;
    }

    /**
     * By posting id, the cards of these postings, {@code live} postings being live in all; a posting
     * closed since it was listed has none.
     */
    Map<Long, RawString> of(List<LiveListings.Listed> postings, long live) {
        String site = siteVersion.current();
        boolean useMemory = live <= MAX_LIVE_IN_MEMORY;
        if (!useMemory && inMemory.estimatedSize() > 0) {
            inMemory.invalidateAll();
        }
        Map<Long, RawString> cards = new HashMap<>();
        List<LiveListings.Listed> notInMemory = new ArrayList<>();
        for (LiveListings.Listed posting : postings) {
            InMemory kept = useMemory ? inMemory.getIfPresent(posting.id()) : null;
            if (kept != null && kept.isFor(posting, site)) {
                cards.put(posting.id(), markup(kept.html()));
            } else {
                notInMemory.add(posting);
            }
        }
        if (notInMemory.isEmpty()) {
            return cards;
        }
        Map<Long, byte[]> kept = CareersCard.current(database, notInMemory, site);
        for (LiveListings.Listed posting : notInMemory) {
            byte[] html = kept.get(posting.id());
            if (html != null) {
                cards.put(posting.id(), markup(html));
                if (useMemory) {
                    remember(posting.id(), posting.version(), site, html);
                }
            }
        }
        if (cards.size() < postings.size()) {
            List<PublishedPostings.Card> unrendered = listings.cards(
                    notInMemory.stream().filter(posting -> !cards.containsKey(posting.id())).toList());
            List<KeptRenderings.Card> toKeep = new ArrayList<>();
            for (PublishedPostings.Card card : unrendered) {
                String rendered = CareersResource.Views.card(card).render();
                byte[] html = rendered.getBytes(StandardCharsets.UTF_8);
                cards.put(card.id(), new RawString(rendered));
                if (useMemory) {
                    remember(card.id(), card.version(), site, html);
                }
                // For the next visitor, on any replica.
                toKeep.add(new KeptRenderings.Card(card.id(), card.version(), site, html));
            }
            keeper.keepCards(toKeep);
        }
        return cards;
    }

    /** A posting that went live again or closed: its card in memory is no longer current, or no longer needed. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) CareersChanged change) {
        if (change.postingId() != null) {
            inMemory.invalidate(change.postingId());
        }
    }

    private void remember(long postingId, int postingVersion, String site, byte[] html) {
        inMemory.put(postingId, new InMemory(postingVersion, site, html));
    }

    private static RawString markup(byte[] html) {
        return new RawString(new String(html, StandardCharsets.UTF_8));
    }
}
