package dev.jobdesk.catalog;

import io.quarkus.qute.TemplateData;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A success metric: what is measured and, optionally, the target to reach. */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Embeddable
public class Kpi {

    public static final int MAX_METRIC_LENGTH = 300;
    public static final int MAX_TARGET_LENGTH = 120;

    @Column(nullable = false, length = MAX_METRIC_LENGTH)
    public String metric;

    @Column(length = MAX_TARGET_LENGTH)
    public String target;

    protected Kpi() {
    }

    public Kpi(String metric, String target) {
        this.metric = metric;
        this.target = target == null || target.isBlank() ? null : target;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Kpi kpi && metric.equals(kpi.metric) && Objects.equals(target, kpi.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, target);
    }

    @Override
    public String toString() {
        return target != null ? metric + " (target: " + target + ")" : metric;
    }
}
