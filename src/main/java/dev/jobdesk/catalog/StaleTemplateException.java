package dev.jobdesk.catalog;

import dev.jobdesk.domain.ConcurrentChange;

/** Someone saved a version of the template since the editor was opened: the admin's text is kept, 409. */
public class StaleTemplateException extends ConcurrentChange {

    private final int currentVersion;

    public StaleTemplateException(String slug, int currentVersion) {
        super("Template " + slug + " has a version " + currentVersion + " made since it was opened");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
