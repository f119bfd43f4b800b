package dev.jobdesk.posting;

import dev.jobdesk.domain.KeptValues;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A posting's own text as each version of it reads, kept by version and team name (cache
 * {@value #CACHE}). Its lists (sections, KPIs, FAQs, remote areas) take a query each, on every page
 * that shows or edits a posting; an edit always makes the next version, and the one change made
 * without one, an admin renaming or merging teams, changes the key's team name. So what is kept
 * stays true on every replica, and only the count is bounded.
 */
@ApplicationScoped
class PostingTexts {

    static final String CACHE = "posting-texts";

    /** The row as read: the text of {@code postingId} at {@code version}, with {@code teamName}'s team. */
    record Key(long postingId, int version, String teamName) {
    }

    private final Cache kept;

    PostingTexts(@CacheName(CACHE) Cache cache) {
        kept = cache;
    }

    /** The text kept for {@code key}, or {@code read}'s, kept for the next page. */
    PostingContent of(Key key, Supplier<PostingContent> read) {
        return KeptValues.<PostingContent>keptValue(kept, key).orElseGet(() -> {
            PostingContent content = read.get();
            kept.as(CaffeineCache.class).put(key, CompletableFuture.completedFuture(content));
            return content;
        });
    }
}
