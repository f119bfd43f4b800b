package dev.jobdesk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A day as a date field sends it: 2026-12-24. */
public final class Days {

    private Days() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** The day a form's field holds: none when it is empty, none and a message for {@code field} when it is not a day. */
    public static LocalDate read(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> day = parse(text);
        if (day.isEmpty()) {
            errors.add(field, "Enter a day as 2026-12-24.");
        }
        return day.orElse(null);
    }
}
