package dev.jobdesk.catalog;

import java.util.List;

/**
 * The page an import that could not be read comes back to: for the template {@code slug} (a new version
 * of it) or a new template (slug null), with the text as given and what is wrong with it, by line.
 */
public record TemplateImportPage(String slug, String title, String text, List<String> problems) {

    public String backHref() {
        return slug == null ? "/templates" : "/templates/" + slug;
    }

    public String action() {
        return slug == null ? "/templates/import" : "/templates/" + slug + "/import";
    }
}
