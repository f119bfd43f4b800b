package dev.jobdesk.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The company's days: closing dates, delegations and the audit trail's filter are days in its time
 * zone, which an admin sets. An interface here so that features the company's settings depend on
 * (accounts) can ask for it too.
 */
public interface CompanyCalendar {

    ZoneId timeZone();

    default LocalDate today() {
        return LocalDate.now(timeZone());
    }
}
