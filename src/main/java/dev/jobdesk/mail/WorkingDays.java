package dev.jobdesk.mail;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Monday to Friday, in a time zone: how long a review has waited, as people count it. */
final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * The moment {@code days} working days after {@code start}, at the same time of day; a start on
     * a weekend counts from the Monday after it.
     */
    static Instant after(Instant start, int days, ZoneId zone) {
        ZonedDateTime moment = start.atZone(zone);
        while (isWeekend(moment)) {
            moment = moment.toLocalDate().plusDays(1).atStartOfDay(zone);
        }
        for (int left = days; left > 0; ) {
            moment = moment.plusDays(1);
            if (!isWeekend(moment)) {
                left--;
            }
        }
        return moment.toInstant();
    }

    private static boolean isWeekend(ZonedDateTime moment) {
        return moment.getDayOfWeek() == DayOfWeek.SATURDAY || moment.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
