package dev.jobdesk.catalog;

import java.util.Optional;

/**
 * Where a new template's text can come from besides the library: a posting, for **Save as template**.
 * Postings are posting's to read, so it answers; the editor only asks.
 */
public interface TemplateSources {

    /** The posting {@code id} as a template's content, for the admin to adjust before saving. */
    Optional<TemplateContent> ofPosting(long id);
}
