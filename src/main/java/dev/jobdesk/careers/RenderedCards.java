package dev.jobdesk.careers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jobdesk.posting.LiveListings;
import dev.jobdesk.posting.PublishedPostings;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Each card of the careers list rendered once, while {@link LiveListings} keeps the card: a card
 * read again, because its posting changed, is a new object and is rendered again. Keyed by the card
 * object itself (weak keys compare by identity), so a card {@link LiveListings} lets go of is
 * forgotten here too. What is kept is the card page's own output, escaped by Qute as it rendered.
 */
@ApplicationScoped
class RenderedCards {

    /**
     * What the rendered cards may weigh together: 7,500 cards of 400 characters, two bytes each (a
     * euro sign makes a card's string two bytes a character). The heap is small (see the README's
     * JVM options); a crawler's random pages past this bound are rendered again.
     */
    static final long MAX_BYTES = 6L * 1024 * 1024;

    private final Cache<PublishedPostings.Card, RawString> rendered = Caffeine.newBuilder().weakKeys()
            .maximumWeight(MAX_BYTES)
            .weigher((PublishedPostings.Card card, RawString html) -> 2 * html.getValue().length() + 64).build();

    RawString of(PublishedPostings.Card card) {
        return rendered.get(card, unrendered -> new RawString(CareersResource.Views.card(unrendered).render()));
    }
}
