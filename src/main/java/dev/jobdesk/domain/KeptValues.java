package dev.jobdesk.domain;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Reading a cache without waiting: for callers on the event loop, which must not block or load. */
public final class KeptValues {

    private KeptValues() {
    }

    /** The value kept for {@code key}, if one is kept and already loaded. */
    public static <V> Optional<V> keptValue(Cache cache, Object key) {
        CompletableFuture<V> kept = cache.as(CaffeineCache.class).getIfPresent(key);
        return kept != null && kept.isDone() && !kept.isCompletedExceptionally()
                ? Optional.ofNullable(kept.join()) : Optional.empty();
    }
}
