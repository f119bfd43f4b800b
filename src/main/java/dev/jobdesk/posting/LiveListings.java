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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The careers list without counting every live posting on every request. For each filter and order,
 * the ids of the postings it finds, in order, with each one's version and team and how many each
 * team has, are read once per careers version ({@link PublishedPostings#lastChange()}, two index
 * lookups) and kept, bounded in bytes; so are the filter's choices. A page is then a slice of them,
 * as cheap for page 500 as for page 1, at 1,000 postings as at 100,000. The careers version itself is
 * read at most once a {@link #VERSION_LIFETIME} (two Hibernate queries cost an uncached list page a
 * tenth of its time). Its cards are not kept here:
 * a crawler reads every page in turn, more cards than a bounded heap holds, and the cards a bound let
 * go of filled the old generation (the careers site keeps them rendered, in the database). A change
 * on this replica shows at once; one on another replica moves the version, so every replica lists it
 * within a {@link #VERSION_LIFETIME}, well within the minute the pages say they may be kept.
 */
@ApplicationScoped
public class LiveListings {

    /**
     * What the kept listings may weigh together: an entry is about 12 bytes, so 870,000 of them. At
     * 100,000 live postings a crawler's filters (each team, workplace, level, country, a common word)
     * list about 600,000; with room for 400,000 they pushed each other out, and each reading again
     * took long enough under load that the list's requests timed out.
     */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A filter offers at most this many teams or countries: more would be a list no one reads. */
    static final int MAX_CHOICES = 200;

    /** How long the careers version read from the database is used before it is read again. */
    static final Duration VERSION_LIFETIME = Duration.ofSeconds(1);

    /**
     * What one request for a page of the list reads. {@code live}: how many postings are live, whatever
     * the filter; {@code lastChange}: the careers version it was read at.
     */
    public record ListPage(ResultPage<Listed> postings, Map<String, Long> countByTeam,
                           List<PublishedPostings.TeamCount> teams, List<Countries.Country> countries,
                           long live, Instant lastChange) {
    }

    /** A posting on a page of the list: its id, its version (see {@link Posting}) and its team, if any. */
    public record Listed(long id, int version, String team) {
    }

    private record Key(PublishedPostings.Filter filter, PublishedPostings.Order order, Instant version) {
    }

    /**
     * Every posting a filter finds, in order, and how many of them each team has: 12 bytes a posting
     * in the careers page's order (see {@link TeamRuns}).
     */
    private record Listing(long[] ids, int[] versions, TeamRuns teams, Map<String, Long> countByTeam) {

        int weight() {
            return ids.length * (Long.BYTES + Integer.BYTES) + teams.weight() + countByTeam.size() * 128 + 256;
        }

        int size() {
            return ids.length;
        }

        Listed at(int index) {
            return new Listed(ids[index], versions[index], teams.at(index));
        }
    }

    /** The careers version as read at {@code readAt} ({@link System#nanoTime()}), after {@code changes} changes here. */
    private record Version(Instant lastChange, long readAt, long changes) {
    }

    /** The filter's choices, and how many postings are live, at one careers version. */
    private record Choices(Instant version, List<PublishedPostings.TeamCount> teams, List<Countries.Country> countries,
                           long live) {
    }

    private final Cache<Key, Listing> listings = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES).weigher((Key key, Listing listing) -> listing.weight())
            // A listing of an older version is never asked for again: it goes once it has not been read a while.
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    private volatile Choices choices = new Choices(Instant.MIN, List.of(), List.of(), 0);

    /** How many changes this replica made to the careers site: a version read before the last one is not used. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Version version = new Version(Instant.MIN, System.nanoTime(), -1);

    /** Page {@code number} of the live postings {@code filter} finds, in {@code order}, {@code size} a page. */
    public ListPage page(PublishedPostings.Filter filter, PublishedPostings.Order order, int number, int size) {
        Instant version = lastChange();
        Listing listing = listings.get(new Key(filter, order, version), key -> read(filter, order));
        long from = (number - 1L) * size;
        int first = (int) Math.min(from, listing.size());
        int end = (int) Math.min(from + size, listing.size());
        List<Listed> rows = IntStream.range(first, end).mapToObj(listing::at).toList();
        Choices current = choicesAt(version);
        return new ListPage(new ResultPage<>(rows, number, from + size < listing.size()),
                listing.countByTeam(), current.teams(), current.countries(), current.live(), version);
    }

    /** The cards of these postings, in their order: one query. A posting closed since it was listed has none. */
    public List<PublishedPostings.Card> cards(List<Listed> postings) {
        if (postings.isEmpty()) {
            return List.of();
        }
        Map<Long, PublishedPostings.Card> read = PublishedPostings.cards(postings.stream().map(Listed::id).toList());
        return postings.stream().map(listed -> read.get(listed.id())).filter(Objects::nonNull).toList();
    }

    /** This replica's publications and closings show at once, even within the same millisecond as the last. */
    void careersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CareersChanged change) {
        changes.incrementAndGet();
        listings.invalidateAll();
        choices = new Choices(Instant.MIN, List.of(), List.of(), 0);
    }

    /**
     * {@link PublishedPostings#lastChange()}, read again once this replica changed the site or the
     * last reading is a {@link #VERSION_LIFETIME} old. A reading that a change here overtook is kept
     * under the count before that change, so the next request reads again.
     */
    private Instant lastChange() {
        long changesBefore = changes.get();
        long now = System.nanoTime();
        Version last = version;
        if (last.changes() == changesBefore && now - last.readAt() < VERSION_LIFETIME.toNanos()) {
            return last.lastChange();
        }
        Instant read = PublishedPostings.lastChange();
        version = new Version(read, now, changesBefore);
        return read;
    }

    private static Listing read(PublishedPostings.Filter filter, PublishedPostings.Order order) {
        List<Object[]> rows = PublishedPostings.idsVersionsAndTeams(filter, order);
        long[] ids = new long[rows.size()];
        int[] versions = new int[rows.size()];
        List<String> teams = new ArrayList<>(rows.size());
        Map<String, Long> countByTeam = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            Object[] row = rows.get(i);
            ids[i] = (Long) row[0];
            versions[i] = (Integer) row[1];
            String team = (String) row[2];
            teams.add(team);
            countByTeam.merge(team, 1L, Long::sum);
        }
        return new Listing(ids, versions, TeamRuns.of(teams), countByTeam);
    }

    private Choices choicesAt(Instant version) {
        Choices current = choices;
        if (!current.version().equals(version)) {
            current = new Choices(version, PublishedPostings.teams(MAX_CHOICES), PublishedPostings.countries(MAX_CHOICES),
                    PublishedPostings.liveCount());
            choices = current;
        }
        return current;
    }
}
