package dev.jobdesk.posting;

import dev.jobdesk.catalog.JobTemplate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * The template version a posting was cloned from, or has since taken the changes of: the posting is
 * told only of versions after this one. Never changed in place: following a newer version gives a new
 * origin.
 */
@Embeddable
public class TemplateOrigin {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private JobTemplate template;

    @Column(name = "template_version", nullable = false)
    private int version;

    protected TemplateOrigin() {
    }

    TemplateOrigin(JobTemplate template) {
        this.template = template;
        this.version = template.version;
    }

    /** {@code newer}: a later version of the same template, whose changes the manager has taken. */
    TemplateOrigin followedBy(JobTemplate newer) {
        if (!newer.slug.equals(template.slug) || newer.version <= version) {
            throw new IllegalArgumentException("Version " + newer.version + " of " + newer.slug
                    + " does not follow the template this posting was cloned from");
        }
        return new TemplateOrigin(newer);
    }

    public JobTemplate template() {
        return template;
    }

    public int version() {
        return version;
    }
}
