package dev.jobdesk.posting;

import io.quarkus.qute.TemplateData;

/** Names follow schema.org's JobPosting employmentType values. */
@TemplateData
public enum EmploymentType {
    FULL_TIME("Full-time"),
    PART_TIME("Part-time"),
    CONTRACT("Contract"),
    TEMPORARY("Temporary"),
    INTERN("Internship");

    private final String label;

    EmploymentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
