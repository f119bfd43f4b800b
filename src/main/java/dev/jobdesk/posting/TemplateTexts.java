package dev.jobdesk.posting;

import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.Seniority;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a template version reads as at each level, kept by version and level (cache
 * {@code template-texts}). A version never changes once written (an edit makes the next one), so
 * what is kept stays true on every replica; reading it afresh took a query for each of the
 * template's lists, on every page that compares a posting with its template: a lead's first
 * review, a manager's page while the template has a newer version.
 */
@ApplicationScoped
public class TemplateTexts {

    /** On a miss the template is found in the caller's session, which holds it already. */
    @CacheResult(cacheName = "template-texts")
    public PostingContent of(long templateId, Seniority seniority) {
        return PostingContent.ofTemplate(JobTemplate.findById(templateId), seniority);
    }
}
