package dev.jobdesk.catalog;

import io.quarkus.qute.TemplateData;

/** The level a posting hires for; each template carries its own years and responsibilities per level. */
@TemplateData
public enum Seniority {
    JUNIOR("Junior", "junior"),
    MID("Mid-level", "mid"),
    SENIOR("Senior", "senior");

    private final String label;
    private final String levelName;

    Seniority(String label, String levelName) {
        this.label = label;
        this.levelName = levelName;
    }

    public String label() {
        return label;
    }

    /** As a sentence names it: "at the mid level". */
    public String levelName() {
        return levelName;
    }
}
