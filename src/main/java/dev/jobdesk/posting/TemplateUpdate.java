package dev.jobdesk.posting;

import dev.jobdesk.catalog.JobTemplate;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * How the template changed since a draft was cloned from it, as the draft's level reads it: each part
 * that changed, and whether the draft has taken the new text of it.
 */
@TemplateData
public record TemplateUpdate(JobTemplate cloned, JobTemplate newest, List<Part> parts) {

    /** One changed part of the template, word by word. */
    @TemplateData
    public record Part(ContentComparison.SectionChange change, boolean taken) {
    }

    public boolean allTaken() {
        return parts.stream().allMatch(Part::taken);
    }
}
