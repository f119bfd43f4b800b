package dev.jobdesk.web;

import io.quarkus.qute.TemplateData;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a long list, and whether another follows. Pages are numbered from 1. */
@TemplateData
public record ResultPage<T>(List<T> rows, int number, boolean hasNext) {

    /** The page a {@code ?page=} parameter asks for: anything that is not a number from 1 up is the first. */
    public static int number(String requested) {
        if (requested == null || requested.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(requested.strip()));
        } catch (NumberFormatException notANumber) {
            return requested.strip().matches("\\d+") ? Integer.MAX_VALUE : 1;
        }
    }

    /** Page {@code number} of {@code query}, reading one row ahead; a page past any list's end is empty. */
    public static <T> ResultPage<T> of(TypedQuery<T> query, int number, int size) {
        return page(query, number, size);
    }

    /** Page {@code number} of a native query's rows, each an array of its columns. */
    public static ResultPage<Object[]> ofRows(Query query, int number, int size) {
        return page(query, number, size);
    }

    @SuppressWarnings("unchecked")
    private static <T> ResultPage<T> page(Query query, int number, int size) {
        long offset = (number - 1L) * size;
        if (offset > Integer.MAX_VALUE - size - 1) {
            return new ResultPage<>(List.of(), number, false);
        }
        List<T> rows = query.setFirstResult((int) offset).setMaxResults(size + 1).getResultList();
        boolean hasNext = rows.size() > size;
        return new ResultPage<>(hasNext ? rows.subList(0, size) : rows, number, hasNext);
    }

    /** The same page with each row turned into what {@code into} makes of it. */
    public <R> ResultPage<R> map(Function<T, R> into) {
        return new ResultPage<>(rows.stream().map(into).toList(), number, hasNext);
    }

    /** A page past the end of the list, which no link leads to. */
    public boolean isPastTheEnd() {
        return rows.isEmpty() && number > 1;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
