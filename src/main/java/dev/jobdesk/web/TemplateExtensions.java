package dev.jobdesk.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/** Formatting helpers for templates: dates as people read them, words at the start of a line, query values. */
@TemplateExtension
public class TemplateExtensions {

    /** "Nov", as {@code MMM} writes it in English. */
    private static final String[] MONTHS = Arrays.stream(Month.values())
            .map(month -> month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toArray(String[]::new);

    // The dates are written out by hand rather than with DateTimeFormatter: my postings shows two for
    // each of its 50 rows, and the formatter took a twentieth of the page's CPU.

    /** "29 Nov 2026". */
    static String day(Instant instant) {
        return instant == null ? "" : day(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    static String day(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "29 Nov 2026, 14:05 UTC". */
    static String dayTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(24).append(day(utc.toLocalDate())).append(", ");
        twoDigits(text, utc.getHour()).append(':');
        return twoDigits(text, utc.getMinute()).append(" UTC").toString();
    }

    /** "2026-11-29T14:05:09.120Z": for machine-readable time elements, which allow at most milliseconds. */
    static String iso(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(24).append(utc.toLocalDate()).append('T');
        twoDigits(text, utc.getHour()).append(':');
        twoDigits(text, utc.getMinute()).append(':');
        twoDigits(text, utc.getSecond());
        int millis = instant.getNano() / 1_000_000;
        if (millis > 0) {
            text.append('.').append(Integer.toString(1000 + millis), 1, 4);
        }
        return text.append('Z').toString();
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

    private static StringBuilder twoDigits(StringBuilder text, int number) {
        return text.append((char) ('0' + number / 10)).append((char) ('0' + number % 10));
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
