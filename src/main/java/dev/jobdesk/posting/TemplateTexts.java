package dev.jobdesk.posting;

import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.Seniority;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a template version reads as at each level, kept by version and level (cache {@value #CACHE}).
 * A version never changes once written (an edit makes the next one), so what is kept stays true on
 * every replica; reading it afresh took a query for each of the template's lists, on every page that
 * compares a posting with its template: a lead's first review, a manager's page while the template
 * has a newer version.
 */
@ApplicationScoped
public class TemplateTexts {

    static final String CACHE = "template-texts";

    private final Cache cache;

    TemplateTexts(@CacheName(CACHE) Cache cache) {
        this.cache = cache;
    }

    public PostingContent of(JobTemplate template, Seniority seniority) {
        return cache.get(new Key(template.id, seniority), key -> PostingContent.ofTemplate(template, seniority))
                .await().indefinitely();
    }

    private record Key(long templateId, Seniority seniority) {
    }
}
