package dev.jobdesk.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Formatting helpers for templates: dates as people read them, words at the start of a line, query values. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    /** "29 Nov 2026". */
    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atOffset(ZoneOffset.UTC));
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "29 Nov 2026, 14:05 UTC". */
    static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** For machine-readable time elements, which allow at most milliseconds. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** How long ago, roughly: "3 hours", "2 days". */
    static String since(Instant instant, Instant now) {
        Duration waited = Duration.between(instant, now);
        if (waited.toMinutes() < 1) {
            return "less than a minute";
        }
        if (waited.toHours() < 1) {
            return plural(waited.toMinutes(), "minute");
        }
        if (waited.toDays() < 1) {
            return plural(waited.toHours(), "hour");
        }
        return plural(waited.toDays(), "day");
    }

    /** As a value in a query string: "Data & AI" → "Data+%26+AI". */
    static String queryValue(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * A text as the value of a date field: the day it names, or nothing. A browser sends a date field
     * only as such a day, so anything else came from a crafted address, and a date field cannot hold it.
     */
    static String dateInput(String text) {
        return Days.parse(text).map(LocalDate::toString).orElse("");
    }

    /** "the team" → "The team", for a phrase that starts a line. */
    static String capitalized(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(Locale.ENGLISH) + text.substring(1);
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
