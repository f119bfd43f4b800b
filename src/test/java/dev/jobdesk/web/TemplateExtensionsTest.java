package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The dates written out by hand read exactly as java.time's formatters write them. */
class TemplateExtensionsTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    @Test
    void writesDaysAndTimesAsTheFormattersDo() {
        Random random = new Random(20261202);
        for (int i = 0; i < 10_000; i++) {
            // From 1970 to 2100, to the nanosecond, so whole seconds and whole milliseconds come up too.
            Instant instant = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE) * 2L,
                    i % 3 == 0 ? 0 : i % 3 == 1 ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000_000));
            assertThat(TemplateExtensions.day(instant)).isEqualTo(DAY.format(instant.atOffset(ZoneOffset.UTC)));
            assertThat(TemplateExtensions.dayTime(instant)).isEqualTo(DAY_TIME.format(instant.atOffset(ZoneOffset.UTC)));
            assertThat(TemplateExtensions.iso(instant)).isEqualTo(instant.truncatedTo(ChronoUnit.MILLIS).toString());
        }
    }

    @Test
    void examples() {
        Instant instant = Instant.parse("2026-09-03T04:05:06.789123Z");
        assertThat(TemplateExtensions.day(instant)).isEqualTo("3 Sep 2026");
        assertThat(TemplateExtensions.day(LocalDate.of(2026, 11, 29))).isEqualTo("29 Nov 2026");
        assertThat(TemplateExtensions.dayTime(instant)).isEqualTo("3 Sep 2026, 04:05 UTC");
        assertThat(TemplateExtensions.iso(instant)).isEqualTo("2026-09-03T04:05:06.789Z");
        assertThat(TemplateExtensions.iso(Instant.parse("2026-09-03T04:05:00Z"))).isEqualTo("2026-09-03T04:05:00Z");
    }

    @Test
    void writesNothingForNoDate() {
        assertThat(TemplateExtensions.day((Instant) null)).isEmpty();
        assertThat(TemplateExtensions.day((LocalDate) null)).isEmpty();
        assertThat(TemplateExtensions.dayTime(null)).isEmpty();
        assertThat(TemplateExtensions.iso(null)).isEmpty();
    }
}
