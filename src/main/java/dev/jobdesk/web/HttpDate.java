package dev.jobdesk.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The current time as HTTP writes it, formatted once a second however many answers carry it. */
final class HttpDate {

    private record Formatted(long second, String text) {
    }

    private static volatile Formatted current = new Formatted(-1, "");

    private HttpDate() {
    }

    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Formatted formatted = current;
        if (formatted.second() != second) {
            formatted = new Formatted(second, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.ofInstant(Instant.ofEpochSecond(second), ZoneOffset.UTC)));
            current = formatted;
        }
        return formatted.text();
    }
}
