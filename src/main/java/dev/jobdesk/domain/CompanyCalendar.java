package dev.jobdesk.domain;

import java.time.LocalDate;

/**
 * The company's day: closing dates and delegations are days in its time zone, which an admin sets.
 * An interface here so that features the company's settings depend on (accounts) can ask for it too.
 */
public interface CompanyCalendar {

    LocalDate today();
}
