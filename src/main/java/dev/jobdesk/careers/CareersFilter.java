package dev.jobdesk.careers;

import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.posting.PublishedPostings;
import dev.jobdesk.posting.WorkplaceType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What a job seeker narrowed the careers list to; a value that is not one of the options means "any". */
public record CareersFilter(String team, WorkplaceType workplaceType, Seniority seniority) {

    public static CareersFilter of(String team, String workplaceType, String seniority) {
        return new CareersFilter(team == null || team.isBlank() ? null : team.strip(),
                parse(WorkplaceType.class, workplaceType), parse(Seniority.class, seniority));
    }

    public WorkplaceType[] workplaceTypes() {
        return WorkplaceType.values();
    }

    public Seniority[] seniorities() {
        return Seniority.values();
    }

    public boolean isActive() {
        return team != null || workplaceType != null || seniority != null;
    }

    public String teamValue() {
        return team == null ? "" : team;
    }

    public String workplaceValue() {
        return workplaceType == null ? "" : workplaceType.name();
    }

    public String seniorityValue() {
        return seniority == null ? "" : seniority.name();
    }

    /** The filter as query parameters for links to other pages, ending in {@code &} when not empty. */
    public String asQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "team", team);
        append(query, "workplace", workplaceType == null ? null : workplaceType.name());
        append(query, "seniority", seniority == null ? null : seniority.name());
        return query.toString();
    }

    /** The filter as the query of published postings takes it. */
    public PublishedPostings.Filter asQueryFilter() {
        return new PublishedPostings.Filter(team, workplaceType, seniority);
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
