package dev.jobdesk.catalog;

import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.FormRows;
import io.quarkus.qute.RawString;

/**
 * The template editor: {@code slug} is the template a new version is made of, or null for a new
 * template; {@code unsaved} when a row button rearranged the form without saving it, {@code editedList}
 * the list it rearranged, which stays open.
 */
public record TemplateEditorPage(String slug, int nextVersion, TemplateForm form, FieldErrors errors, boolean conflict,
                                 boolean unsaved, String editedList) {

    /** Whether the folded part holding the fields named from {@code prefix} opens: its list was edited, or has an error. */
    public boolean opens(String prefix) {
        return editedList != null && editedList.startsWith(prefix) || errors.anyStartingWith(prefix);
    }

    public boolean opens(String prefix, String otherPrefix) {
        return opens(prefix) || opens(otherPrefix);
    }

    public String action() {
        return slug == null ? "/templates" : "/templates/" + slug;
    }

    public RawString faqRows() {
        return FormRows.markupOf(FaqRow.rows(form.faqRows(), action(), errors));
    }

    public Seniority[] levels() {
        return Seniority.values();
    }
}
