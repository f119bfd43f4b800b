package dev.jobdesk.catalog;

import dev.jobdesk.web.FieldErrors;

/**
 * The template editor: {@code slug} is the template a new version is made of, or null for a new
 * template; {@code unsaved} when a row button rearranged the form without saving it.
 */
public record TemplateEditorPage(String slug, int nextVersion, TemplateForm form, FieldErrors errors, boolean conflict,
                                 boolean unsaved) {

    public String action() {
        return slug == null ? "/templates" : "/templates/" + slug;
    }

    public String cancelHref() {
        return action();
    }

    public Seniority[] levels() {
        return Seniority.values();
    }
}
