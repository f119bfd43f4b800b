package dev.jobdesk.catalog;

import dev.jobdesk.domain.Labelled;
import io.quarkus.qute.TemplateData;

/** The level a posting hires for; each template carries its own years and responsibilities per level. */
@TemplateData
public enum Seniority implements Labelled {
    JUNIOR, MID, SENIOR;

    /** As a sentence names it: "at the mid level". */
    public String levelName() {
        return words("levelName");
    }
}
