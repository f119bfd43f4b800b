package dev.jobdesk.catalog;

import io.quarkus.qute.TemplateData;

/** The level a posting hires for; each template carries its own years and responsibilities per level. */
@TemplateData
public enum Seniority {
    JUNIOR("Junior"),
    MID("Mid-level"),
    SENIOR("Senior");

    private final String label;

    Seniority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
