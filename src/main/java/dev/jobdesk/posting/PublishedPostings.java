package dev.jobdesk.posting;

import dev.jobdesk.catalog.Countries;
import dev.jobdesk.catalog.Seniority;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What the public careers site reads: published postings only, and the columns a card shows. */
public final class PublishedPostings {

    /**
     * A posting as the careers list shows it, read without loading its sections. {@code version}: the
     * posting's, which any change to it moves (see {@code Posting}), for keeping the card rendered.
     */
    public record Card(long id, String slug, String title, String team, String location, String region, String country,
                       WorkplaceType workplaceType, EmploymentType employmentType, Seniority seniority,
                       SalaryRange salary, Instant publishedAt, int version) {

        /** As {@link PostingContent#place()}. */
        public String place() {
            return PostingContent.place(location, region, country);
        }
    }

    /**
     * What a job seeker narrowed the list to; null means any. {@code words}: each must start a word
     * of the posting (see {@link SearchWords}); none means any.
     */
    public record Filter(String team, WorkplaceType workplaceType, Seniority seniority, String country,
                         List<String> words) {
        public Filter {
            words = List.copyOf(words);
        }
    }

    private PublishedPostings() {
    }

    /** How a list of live postings is ordered. */
    public enum Order {
        /** As the careers page groups them: by team, in the teams' order, newest first within each. */
        BY_TEAM("p.text.teamName nulls last, p.publication.publishedAt desc, p.id desc"),
        NEWEST("p.publication.publishedAt desc, p.id desc");

        private final String orderBy;

        Order(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /**
     * The id, version and team of every live posting the filter finds, in {@code order}: the whole
     * list, read once per careers version by {@link LiveListings}, which serves its pages from it.
     */
    static List<Object[]> idsVersionsAndTeams(Filter filter, Order order) {
        TypedQuery<Object[]> query = Posting.getEntityManager().createQuery(
                "select p.id, p.version, p.text.teamName from Posting p where " + conditions(filter)
                        + " order by " + order.orderBy,
                Object[].class);
        return withParameters(query, filter).getResultList();
    }

    /**
     * How many postings one query for cards names, each in a parameter of its own; the unused ones
     * repeat the last id. Hibernate translates a query with a list parameter again on every call (a
     * twentieth of an uncached list page's time at 100,000 postings), one of single parameters once.
     */
    private static final int CARDS_A_QUERY = 20;

    private static final String[] CARD_IDS = IntStream.range(0, CARDS_A_QUERY).mapToObj(i -> "id" + i)
            .toArray(String[]::new);

    private static final String CARDS = """
            select p.id, p.publication.slug, p.text.title, p.text.teamName, p.text.location, p.text.region,
                p.text.country, p.text.workplaceType, p.text.employmentType, p.text.seniority, p.text.salary,
                p.publication.publishedAt, p.version
            from Posting p where p.id in (%s) and p.status = :status""".formatted(
            Arrays.stream(CARD_IDS).map(name -> ":" + name).collect(Collectors.joining(", ")));

    /** By id, the cards of the postings with these ids that are still live. */
    static Map<Long, Card> cards(List<Long> ids) {
        Map<Long, Card> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CARDS_A_QUERY) {
            List<Long> some = ids.subList(from, Math.min(from + CARDS_A_QUERY, ids.size()));
            TypedQuery<Object[]> query = Posting.getEntityManager().createQuery(CARDS, Object[].class)
                    .setParameter("status", Status.PUBLISHED);
            for (int i = 0; i < CARDS_A_QUERY; i++) {
                query.setParameter(CARD_IDS[i], some.get(Math.min(i, some.size() - 1)));
            }
            query.getResultList().forEach(row -> byId.put((Long) row[0], new Card((Long) row[0], (String) row[1],
                    (String) row[2], (String) row[3], (String) row[4], (String) row[5], (String) row[6],
                    (WorkplaceType) row[7], (EmploymentType) row[8], (Seniority) row[9], (SalaryRange) row[10],
                    (Instant) row[11], (Integer) row[12])));
        }
        return byId;
    }

    /** A team with live postings, and how many. */
    public record TeamCount(String name, long count) {
    }

    /** The teams with a live posting, in order, with how many each has: at most {@code max} of them. */
    public static List<TeamCount> teams(int max) {
        return Posting.getEntityManager().createQuery("""
                        select new dev.jobdesk.posting.PublishedPostings$TeamCount(p.text.teamName, count(p)) from Posting p
                        where p.status = :status and p.text.teamName is not null group by p.text.teamName order by p.text.teamName""",
                        TeamCount.class)
                .setParameter("status", Status.PUBLISHED).setMaxResults(max).getResultList();
    }

    private static String conditions(Filter filter) {
        List<String> conditions = new ArrayList<>(List.of("p.status = dev.jobdesk.posting.Status.PUBLISHED"));
        if (filter.team() != null) {
            conditions.add("p.text.teamName = :team");
        }
        if (filter.workplaceType() != null) {
            conditions.add("p.text.workplaceType = :workplaceType");
        }
        if (filter.seniority() != null) {
            conditions.add("p.text.seniority = :seniority");
        }
        if (filter.country() != null) {
            conditions.add("p.text.country = :country");
        }
        for (int i = 0; i < filter.words().size(); i++) {
            // A semi-join on the words' (word, posting) key: a range of words, not a look at every posting.
            conditions.add("p.id in (select s.id from Posting s join s.publication.searchWords w where w like :word" + i + ")");
        }
        return String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> withParameters(TypedQuery<T> query, Filter filter) {
        if (filter.team() != null) {
            query.setParameter("team", filter.team());
        }
        if (filter.workplaceType() != null) {
            query.setParameter("workplaceType", filter.workplaceType());
        }
        if (filter.seniority() != null) {
            query.setParameter("seniority", filter.seniority());
        }
        if (filter.country() != null) {
            query.setParameter("country", filter.country());
        }
        for (int i = 0; i < filter.words().size(); i++) {
            // Search words hold letters and digits only, so none can carry a LIKE wildcard.
            query.setParameter("word" + i, filter.words().get(i) + "%");
        }
        return query;
    }

    /** The countries with a live posting, by code, at most {@code max} of them: the careers filter's choices. */
    public static List<Countries.Country> countries(int max) {
        return Posting.getEntityManager().createQuery("""
                        select distinct p.text.country from Posting p
                        where p.status = :status and p.text.country is not null""", String.class)
                .setParameter("status", Status.PUBLISHED).setMaxResults(max).getResultList().stream()
                .filter(Countries::isKnown).map(code -> new Countries.Country(code, Countries.nameOf(code)))
                .sorted(Comparator.comparing(Countries.Country::name)).toList();
    }

    /** A live posting as a sitemap lists it: its address and when it last changed. */
    public record SitemapEntry(String slug, Instant lastModified) {
    }

    /**
     * When the careers site last changed: the newest publication or closing. Each status is read
     * separately, so that each is one look at the end of the (status, updated_at) index.
     */
    public static Instant lastChange() {
        Instant newest = Instant.EPOCH;
        for (Status status : List.of(Status.PUBLISHED, Status.CLOSED)) {
            // The last row of the (status, updated_at) index. H2 reads every row for a max() with a
            // condition, and walks the index backwards only for an order by all its columns.
            List<Instant> changed = Posting.getEntityManager().createQuery(
                            "select p.updatedAt from Posting p where p.status = :status order by p.status desc, p.updatedAt desc",
                            Instant.class)
                    .setParameter("status", status).setMaxResults(1).getResultList();
            if (!changed.isEmpty() && changed.get(0).isAfter(newest)) {
                newest = changed.get(0);
            }
        }
        return newest;
    }

    /** How many postings are live. */
    public static long liveCount() {
        return Posting.count("status", Status.PUBLISHED);
    }

    /** The live postings in the order they were made, {@code size} at a time from the {@code number}th group. */
    public static List<SitemapEntry> sitemapEntries(int number, int size) {
        return Posting.getEntityManager().createQuery("""
                        select new dev.jobdesk.posting.PublishedPostings$SitemapEntry(p.publication.slug, p.updatedAt)
                        from Posting p where p.status = :status order by p.id""", SitemapEntry.class)
                .setParameter("status", Status.PUBLISHED).setFirstResult((number - 1) * size).setMaxResults(size)
                .getResultList();
    }

    /** The {@code max} postings that went live last, newest first, as a feed lists them. */
    public static List<Posting> newest(int max) {
        return Posting.<Posting>find("status = ?1 order by publication.publishedAt desc, id desc", Status.PUBLISHED)
                .page(0, max).list();
    }

    /**
     * Live postings in the order they were made, {@code size} of them after the one with id
     * {@code afterId}: a job board's feed reads them all this way, each batch as cheap as the first.
     */
    public static List<Posting> liveAfter(long afterId, int size) {
        return Posting.<Posting>find("status = ?1 and id > ?2 order by id", Status.PUBLISHED, afterId)
                .page(0, size).list();
    }

    /** The live postings whose closing date is before {@code today}: their last day has ended. */
    public static List<Long> pastClosingDate(LocalDate today) {
        return Posting.getEntityManager().createQuery(
                        "select p.id from Posting p where p.status = :status and p.text.closingDate < :today order by p.id",
                        Long.class)
                .setParameter("status", Status.PUBLISHED).setParameter("today", today).getResultList();
    }

    /** Live postings the search cannot find yet (published before it existed), {@code max} at a time. */
    static List<Long> withoutSearchWords(int max) {
        return Posting.getEntityManager().createQuery("""
                        select p.id from Posting p where p.status = :status
                        and not exists (select 1 from Posting s join s.publication.searchWords w where s = p) order by p.id""",
                        Long.class)
                .setParameter("status", Status.PUBLISHED).setMaxResults(max).getResultList();
    }

    /** The posting at a careers address, published or closed alike: a closed one answers 410. */
    public static Optional<Posting> bySlug(String slug) {
        // With the live revision its text is read from: one query, not two, for every page view.
        return Posting.<Posting>find("from Posting p left join fetch p.publication.liveRevision where p.publication.slug = ?1", slug)
                .firstResultOptional();
    }
}
