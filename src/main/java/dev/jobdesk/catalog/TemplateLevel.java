package dev.jobdesk.catalog;

import io.quarkus.qute.TemplateData;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One seniority variant of a template: its years of experience, the responsibilities of that level,
 * and its wording of every other line that varies by level (the role summary, the years a must-have
 * asks for, a KPI's target), keyed by the variant the line names.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Entity
@Table(name = "template_level")
public class TemplateLevel {

    public static final int MAX_VARIANT = 40;
    public static final int MAX_EXPERIENCE = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id")
    public JobTemplate template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Seniority seniority;

    /** As a person reads it, e.g. "3-5 years". */
    @Column(nullable = false, length = MAX_EXPERIENCE)
    public String experience;

    @ElementCollection
    @CollectionTable(name = "template_level_bullet", joinColumns = @JoinColumn(name = "level_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = Bullet.MAX_LENGTH)
    public List<String> responsibilities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "template_level_text", joinColumns = @JoinColumn(name = "level_id"))
    @MapKeyColumn(name = "variant", length = MAX_VARIANT)
    @Column(name = "text", nullable = false, length = JobTemplate.MAX_LEVEL_TEXT)
    public Map<String, String> texts = new HashMap<>();

    protected TemplateLevel() {
    }

    TemplateLevel(JobTemplate template, Seniority seniority) {
        this.template = template;
        this.seniority = seniority;
    }
}
