package dev.jobdesk.posting;

import io.quarkus.qute.TemplateData;

/** How the job is held; each says which of Google's JobPosting employmentType values it is. */
@TemplateData
public enum EmploymentType {
    FULL_TIME("Full-time", "FULL_TIME"),
    PART_TIME("Part-time", "PART_TIME"),
    CONTRACT("Contract", "CONTRACTOR"),
    TEMPORARY("Temporary", "TEMPORARY"),
    INTERN("Internship", "INTERN");

    private final String label;
    private final String jobPostingValue;

    EmploymentType(String label, String jobPostingValue) {
        this.label = label;
        this.jobPostingValue = jobPostingValue;
    }

    public String label() {
        return label;
    }

    /** The value structured data says: one of the list Google accepts, whatever the name stored here. */
    public String jobPostingValue() {
        return jobPostingValue;
    }
}
