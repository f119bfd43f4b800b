package dev.jobdesk.posting;

import dev.jobdesk.domain.Labelled;
import io.quarkus.qute.TemplateData;

/** How the job is held; each says which of Google's JobPosting employmentType values it is. */
@TemplateData
public enum EmploymentType implements Labelled {
    FULL_TIME, PART_TIME, CONTRACT, TEMPORARY, INTERN;

    /** The value structured data says: one of the list Google accepts, whatever the name stored here. */
    public String jobPostingValue() {
        return this == CONTRACT ? "CONTRACTOR" : name();
    }
}
