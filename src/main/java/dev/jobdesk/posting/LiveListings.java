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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The careers list without counting every live posting on every request. For each filter and order,
 * the ids of the postings it finds, in order, when each last changed and how many each team has are
 * read once per careers version ({@link PublishedPostings#lastChange()}, two index lookups) and kept,
 * bounded in bytes; so are the filter's choices. A page is then a slice of ids, as cheap for page 500
 * as for page 1, at 1,000 postings as at 100,000, and its cards: kept too, each for as long as its
 * posting has not changed since, and read by primary key when not. A change on another replica moves
 * the version, so every replica lists it from its next request on.
 */
@ApplicationScoped
public class LiveListings {

    /** What the kept listings may weigh together: an id and its time are 16 bytes, so half a million of them. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    /** What the kept cards may weigh together: a card is about 600 bytes, so this holds about 10,000. */
    static final long MAX_CARD_BYTES = 6L * 1024 * 1024;

    /** A filter offers at most this many teams or countries: more would be a list no one reads. */
    static final int MAX_CHOICES = 200;

    /** What one request for a page of the list reads. {@code lastChange}: the careers version it was read at. */
    public record ListPage(ResultPage<PublishedPostings.Card> cards, Map<String, Long> countByTeam,
                           List<PublishedPostings.TeamCount> teams, List<Countries.Country> countries,
                           Instant lastChange) {
    }

    private record Key(PublishedPostings.Filter filter, PublishedPostings.Order order, Instant version) {
    }

    /** Every posting a filter finds, in order, when each last changed, and how many of them each team has. */
    private record Listing(long[] ids, long[] changedAt, Map<String, Long> countByTeam) {

        int weight() {
            return ids.length * 2 * Long.BYTES + countByTeam.size() * 128 + 256;
        }
    }

    /** A posting's card as it was when the posting last changed. */
    private record KeptCard(long changedAt, PublishedPostings.Card card) {
    }

    /** The filter's choices at one careers version. */
    private record Choices(Instant version, List<PublishedPostings.TeamCount> teams, List<Countries.Country> countries) {
    }

    private final Cache<Key, Listing> listings = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES).weigher((Key key, Listing listing) -> listing.weight())
            // A listing of an older version is never asked for again: it goes once it has not been read a while.
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    private final Cache<Long, KeptCard> cards = Caffeine.newBuilder()
            .maximumWeight(MAX_CARD_BYTES).weigher((Long id, KeptCard kept) -> kept.card().weight()).build();

    private volatile Choices choices = new Choices(Instant.MIN, List.of(), List.of());

    /** Page {@code number} of the live postings {@code filter} finds, in {@code order}, {@code size} a page. */
    public ListPage page(PublishedPostings.Filter filter, PublishedPostings.Order order, int number, int size) {
        Instant version = PublishedPostings.lastChange();
        Listing listing = listings.get(new Key(filter, order, version), key -> read(filter, order));
        long from = (number - 1L) * size;
        int first = (int) Math.min(from, listing.ids().length);
        int end = (int) Math.min(from + size, listing.ids().length);
        ResultPage<PublishedPostings.Card> cards = new ResultPage<>(cardsOf(listing, first, end), number,
                from + size < listing.ids().length);
        Choices current = choicesAt(version);
        return new ListPage(cards, listing.countByTeam(), current.teams(), current.countries(), version);
    }

    /** This replica's publications and closings show at once, even within the same millisecond as the last. */
    void careersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CareersChanged change) {
        listings.invalidateAll();
        choices = new Choices(Instant.MIN, List.of(), List.of());
    }

    /**
     * The cards of the listing's postings from {@code first} to before {@code end}: those kept since their
     * posting last changed as they are, the others read in one query. A posting closed since the listing
     * was read has no card.
     */
    private List<PublishedPostings.Card> cardsOf(Listing listing, int first, int end) {
        Map<Long, PublishedPostings.Card> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (int i = first; i < end; i++) {
            long id = listing.ids()[i];
            KeptCard kept = cards.getIfPresent(id);
            if (kept != null && kept.changedAt() == listing.changedAt()[i]) {
                found.put(id, kept.card());
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            PublishedPostings.cards(missing).forEach((id, read) -> {
                found.put(id, read.card());
                cards.put(id, new KeptCard(nanosOf(read.changedAt()), read.card()));
            });
        }
        return Arrays.stream(listing.ids(), first, end).mapToObj(found::get).filter(Objects::nonNull).toList();
    }

    private static Listing read(PublishedPostings.Filter filter, PublishedPostings.Order order) {
        List<Object[]> rows = PublishedPostings.idsTeamsAndTimes(filter, order);
        long[] ids = new long[rows.size()];
        long[] changedAt = new long[rows.size()];
        Map<String, Long> countByTeam = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = (Long) rows.get(i)[0];
            countByTeam.merge((String) rows.get(i)[1], 1L, Long::sum);
            changedAt[i] = nanosOf((Instant) rows.get(i)[2]);
        }
        return new Listing(ids, changedAt, countByTeam);
    }

    /**
     * A time as one number, nanoseconds since 1970: a listing holds one per posting, and an Instant
     * weighs three times as much.
     */
    private static long nanosOf(Instant time) {
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
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
