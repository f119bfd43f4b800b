package dev.jobdesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of one section of a template. A line that reads differently at each level names its
 * {@link #variant}: each {@link TemplateLevel} holds its wording, and {@link #text} the mid level's.
 */
@Embeddable
public class TemplateLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Section section;

    @Column(nullable = false, length = Bullet.MAX_LENGTH)
    public String text;

    @Column(length = TemplateLevel.MAX_VARIANT)
    public String variant;

    protected TemplateLine() {
    }

    public TemplateLine(Section section, String text, String variant) {
        this.section = section;
        this.text = text;
        this.variant = variant;
    }
}
