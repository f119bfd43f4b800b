package dev.jobdesk.catalog;

import io.quarkus.qute.TemplateData;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of one section of a job description. */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Embeddable
public class Bullet {

    public static final int MAX_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Section section;

    @Column(nullable = false, length = MAX_LENGTH)
    public String text;

    protected Bullet() {
    }

    public Bullet(Section section, String text) {
        this.section = section;
        this.text = text;
    }
}
