package dev.jobdesk.careers;

import dev.jobdesk.catalog.Countries;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.posting.PublishedPostings;
import dev.jobdesk.posting.SearchWords;
import dev.jobdesk.posting.WorkplaceType;
import dev.jobdesk.web.ChoiceList;
import io.quarkus.qute.RawString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a job seeker narrowed the careers list to; a value that is not one of the options means "any". */
public record CareersFilter(String team, WorkplaceType workplaceType, Seniority seniority, String country,
                            String query) {

    /** Longer searches are cut: no one types more to find a job. */
    static final int MAX_QUERY = 100;

    public static CareersFilter of(String team, String workplaceType, String seniority, String country, String query) {
        String typed = query == null ? "" : query.strip();
        return new CareersFilter(team == null || team.isBlank() ? null : team.strip(),
                parse(WorkplaceType.class, workplaceType), parse(Seniority.class, seniority),
                Countries.isKnown(country) ? country : null,
                SearchWords.ofQuery(typed).isEmpty() ? null : typed.substring(0, Math.min(typed.length(), MAX_QUERY)));
    }

    private static final ChoiceList WORKPLACES = ChoiceList.of(List.of(WorkplaceType.values()), WorkplaceType::name,
            WorkplaceType::label);
    private static final ChoiceList SENIORITIES = ChoiceList.of(List.of(Seniority.values()), Seniority::name,
            Seniority::label);

    public boolean isActive() {
        return team != null || workplaceType != null || seniority != null || country != null || query != null;
    }


    public String queryValue() {
        return query == null ? "" : query;
    }


    public RawString workplaceOptions() {
        return WORKPLACES.options(workplaceType == null ? null : workplaceType.name());
    }

    public RawString seniorityOptions() {
        return SENIORITIES.options(seniority == null ? null : seniority.name());
    }

    /** The filter as query parameters for links to other pages, ending in {@code &} when not empty. */
    public String asQuery() {
        StringBuilder parameters = new StringBuilder();
        append(parameters, "q", query);
        append(parameters, "team", team);
        append(parameters, "workplace", workplaceType == null ? null : workplaceType.name());
        append(parameters, "seniority", seniority == null ? null : seniority.name());
        append(parameters, "country", country);
        return parameters.toString();
    }

    /** The filter as the query of published postings takes it. */
    public PublishedPostings.Filter asQueryFilter() {
        return new PublishedPostings.Filter(team, workplaceType, seniority, country,
                query == null ? List.of() : SearchWords.ofQuery(query));
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
