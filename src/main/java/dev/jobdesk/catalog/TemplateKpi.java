package dev.jobdesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A KPI of a template. A target that differs by level names its {@link #targetVariant}: each
 * {@link TemplateLevel} holds its target, and {@link #target} the mid level's.
 */
@Embeddable
public class TemplateKpi {

    @Column(nullable = false, length = Kpi.MAX_METRIC_LENGTH)
    public String metric;

    @Column(length = Kpi.MAX_TARGET_LENGTH)
    public String target;

    @Column(name = "target_variant", length = TemplateLevel.MAX_VARIANT)
    public String targetVariant;

    protected TemplateKpi() {
    }

    public TemplateKpi(String metric, String target, String targetVariant) {
        this.metric = metric;
        this.target = target;
        this.targetVariant = targetVariant;
    }
}
