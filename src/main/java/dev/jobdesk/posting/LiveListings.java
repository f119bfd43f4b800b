package dev.jobdesk.posting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jobdesk.catalog.Countries;
import dev.jobdesk.web.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The careers list without counting every live posting on every request. For each filter and order,
 * the ids of the postings it finds, in order, and how many each team has are read once per careers
 * version ({@link PublishedPostings#lastChange()}, two index lookups) and kept, bounded in bytes; so
 * are the filter's choices. A page is then a slice of ids and one read of its rows by primary key,
 * as cheap for page 500 as for page 1, at 1,000 postings as at 100,000. A change on another replica
 * moves the version, so every replica lists it from its next request on.
 */
@ApplicationScoped
public class LiveListings {

    /** What the kept listings may weigh together: an id is 8 bytes, so this holds a million of them. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    /** A filter offers at most this many teams or countries: more would be a list no one reads. */
    static final int MAX_CHOICES = 200;

    /** What one request for a page of the list reads. {@code lastChange}: the careers version it was read at. */
    public record ListPage(ResultPage<PublishedPostings.Card> cards, Map<String, Long> countByTeam,
                           List<PublishedPostings.TeamCount> teams, List<Countries.Country> countries,
                           Instant lastChange) {
    }

    private record Key(PublishedPostings.Filter filter, PublishedPostings.Order order, Instant version) {
    }

    /** Every posting a filter finds, in order, and how many of them each team has. */
    private record Listing(long[] ids, Map<String, Long> countByTeam) {

        int weight() {
            return ids.length * Long.BYTES + countByTeam.size() * 128 + 256;
        }
    }

    /** The filter's choices at one careers version. */
    private record Choices(Instant version, List<PublishedPostings.TeamCount> teams, List<Countries.Country> countries) {
    }

    private final Cache<Key, Listing> listings = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES).weigher((Key key, Listing listing) -> listing.weight())
            // A listing of an older version is never asked for again: it goes once it has not been read a while.
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    private volatile Choices choices = new Choices(Instant.MIN, List.of(), List.of());

    /** Page {@code number} of the live postings {@code filter} finds, in {@code order}, {@code size} a page. */
    public ListPage page(PublishedPostings.Filter filter, PublishedPostings.Order order, int number, int size) {
        Instant version = PublishedPostings.lastChange();
        Listing listing = listings.get(new Key(filter, order, version), key -> read(filter, order));
        long from = (number - 1L) * size;
        long[] ids = from >= listing.ids().length ? new long[0]
                : Arrays.copyOfRange(listing.ids(), (int) from, (int) Math.min(from + size, listing.ids().length));
        ResultPage<PublishedPostings.Card> cards = new ResultPage<>(PublishedPostings.cards(ids), number,
                from + size < listing.ids().length);
        Choices current = choicesAt(version);
        return new ListPage(cards, listing.countByTeam(), current.teams(), current.countries(), version);
    }

    /** This replica's publications and closings show at once, even within the same millisecond as the last. */
    void careersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CareersChanged change) {
        listings.invalidateAll();
        choices = new Choices(Instant.MIN, List.of(), List.of());
    }

    private static Listing read(PublishedPostings.Filter filter, PublishedPostings.Order order) {
        List<Object[]> rows = PublishedPostings.idsAndTeams(filter, order);
        long[] ids = new long[rows.size()];
        Map<String, Long> countByTeam = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = (Long) rows.get(i)[0];
            countByTeam.merge((String) rows.get(i)[1], 1L, Long::sum);
        }
        return new Listing(ids, countByTeam);
    }

    private Choices choicesAt(Instant version) {
        Choices current = choices;
        if (!current.version().equals(version)) {
            current = new Choices(version, PublishedPostings.teams(MAX_CHOICES), PublishedPostings.countries(MAX_CHOICES));
            choices = current;
        }
        return current;
    }
}
