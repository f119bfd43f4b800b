package dev.jobdesk.catalog;

import java.util.List;

/**
 * A template's page: the version shown (the current one unless an older is asked for), the one clones
 * take, every version with who made it, the shipped versions waiting to be adopted, and whether the
 * template is retired.
 */
public record TemplatePage(JobTemplate shown, JobTemplate current, List<JobTemplate> versions,
                           List<JobTemplate> offers, boolean retired) {

    public boolean showsCurrent() {
        return shown.version == current.version;
    }

    /** The number the next version takes: one past every version, offered ones included. */
    public int nextVersion() {
        return versions.get(0).version + 1;
    }

    public Seniority[] levels() {
        return Seniority.values();
    }

    /** The version before the current one, which the compare form starts from. */
    public int previousVersion() {
        return versions.stream().filter(version -> version.version < current.version).findFirst()
                .map(version -> version.version).orElse(current.version);
    }
}
