package dev.jobdesk.posting;

import io.quarkus.qute.TemplateData;

/** Names follow schema.org's unitText for a salary. */
@TemplateData
public enum SalaryPeriod {
    HOUR("per hour"),
    MONTH("per month"),
    YEAR("per year");

    private final String label;

    SalaryPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
