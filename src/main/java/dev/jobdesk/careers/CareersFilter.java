package dev.jobdesk.careers;

import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.posting.WorkplaceType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What a job seeker narrowed the careers list to; a value that is not one of the options means "any". */
public record CareersFilter(String team, WorkplaceType workplaceType, Seniority seniority) {

    static CareersFilter of(String team, String workplaceType, String seniority) {
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

    <T> TypedQuery<T> publishedPostings(EntityManager entityManager, String select, Class<T> type) {
        List<String> conditions = new ArrayList<>(List.of("p.status = dev.jobdesk.posting.Status.PUBLISHED"));
        if (team != null) {
            conditions.add("p.team = :team");
        }
        if (workplaceType != null) {
            conditions.add("p.workplaceType = :workplaceType");
        }
        if (seniority != null) {
            conditions.add("p.seniority = :seniority");
        }
        TypedQuery<T> query = entityManager.createQuery(select + " where " + String.join(" and ", conditions)
                + " order by p.publishedAt desc, p.id desc", type);
        if (team != null) {
            query.setParameter("team", team);
        }
        if (workplaceType != null) {
            query.setParameter("workplaceType", workplaceType);
        }
        if (seniority != null) {
            query.setParameter("seniority", seniority);
        }
        return query;
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
