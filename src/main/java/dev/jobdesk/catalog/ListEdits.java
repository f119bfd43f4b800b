package dev.jobdesk.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The row buttons of an editable list (a posting's, a template's), for forms that work without JavaScript. */
public final class ListEdits {

    /** How many lines one list of a job description holds at most. */
    public static final int MAX_LINES = 30;
    public static final int MAX_KPIS = 20;
    public static final int MAX_QUESTIONS = 10;

    private ListEdits() {
    }

    /** {@code verb} is add, remove, up or down; an index out of range changes nothing. */
    public static <T> List<T> apply(List<T> rows, String verb, int index, T blank, int maxRows) {
        List<T> edited = new ArrayList<>(rows);
        boolean inRange = index >= 0 && index < edited.size();
        switch (verb) {
            case "add" -> {
                if (edited.size() < maxRows) {
                    edited.add(blank);
                }
            }
            case "remove" -> {
                if (inRange) {
                    edited.remove(index);
                }
            }
            case "up" -> {
                if (inRange && index > 0) {
                    Collections.swap(edited, index, index - 1);
                }
            }
            case "down" -> {
                if (inRange && index < edited.size() - 1) {
                    Collections.swap(edited, index, index + 1);
                }
            }
            default -> {
                // An unknown button changes nothing; the form comes back as it was.
            }
        }
        return edited;
    }

    /** The rows to show for a list: what was typed, plus a blank row to type a new one into while there is room. */
    public static <R> List<R> withBlankRow(List<R> typed, R blank, Predicate<R> isBlank, int max) {
        List<R> rows = new ArrayList<>(typed);
        if (rows.size() < max && (rows.isEmpty() || !isBlank.test(rows.get(rows.size() - 1)))) {
            rows.add(blank);
        }
        return rows;
    }

    /** The row a list edit names: {@code verb:list:index}, as the row buttons post it. */
    public record Edit(String verb, String list, int index) {

        /** The edit {@code posted} names, if it names one. */
        public static Optional<Edit> parse(String posted) {
            String[] parts = posted == null ? new String[0] : posted.split(":");
            if (parts.length < 2) {
                return Optional.empty();
            }
            return Optional.of(new Edit(parts[0], parts[1], parts.length > 2 ? index(parts[2]) : -1));
        }

        private static int index(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        public <T> List<T> applyTo(List<T> rows, T blank, int maxRows) {
            return apply(rows, verb, index, blank, maxRows);
        }
    }
}
