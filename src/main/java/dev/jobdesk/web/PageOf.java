package dev.jobdesk.web;

import io.quarkus.qute.TemplateData;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** One page of a long list, and whether another follows. Pages are numbered from 1. */
@TemplateData
public record PageOf<T>(List<T> rows, int number, boolean hasNext) {

    /** Page {@code requested} (anything below 1 is the first) of {@code query}, reading one row ahead. */
    public static <T> PageOf<T> of(TypedQuery<T> query, Integer requested, int size) {
        int number = requested == null || requested < 1 ? 1 : requested;
        List<T> rows = query.setFirstResult((number - 1) * size).setMaxResults(size + 1).getResultList();
        boolean hasNext = rows.size() > size;
        return new PageOf<>(hasNext ? rows.subList(0, size) : rows, number, hasNext);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
