package dev.jobdesk.posting;

import dev.jobdesk.domain.Labelled;
import io.quarkus.qute.TemplateData;

/** Names follow schema.org's unitText for a salary. */
@TemplateData
public enum SalaryPeriod implements Labelled {
    HOUR, MONTH, YEAR
}
