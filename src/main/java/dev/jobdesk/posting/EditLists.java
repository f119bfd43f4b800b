package dev.jobdesk.posting;

import dev.jobdesk.catalog.FaqRow;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.FormRows;
import io.quarkus.qute.TemplateData;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The edit page's lists as rows ({@link FormRows}): each section's lines, the KPIs and the questions. */
@TemplateData
public record EditLists(Map<Section, List<FormRows.Line>> lines, List<FormRows.Pair> kpis, List<FormRows.Pair> faqs) {

    static final FormRows.PairColumns KPI_COLUMNS = new FormRows.PairColumns("kpi-row", "kpiMetric", "Metric",
            Kpi.MAX_METRIC_LENGTH, "kpiTarget", "Target", Kpi.MAX_TARGET_LENGTH, 1);

    /** The lists of {@code form} as typed, with its {@code errors}; the form posts to {@code action}. */
    static EditLists of(PostingForm form, String action, FieldErrors errors) {
        Map<Section, List<FormRows.Line>> lines = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            // The level's list is the level's responsibilities; every other list is lines under its heading.
            boolean level = section == Section.LEVEL;
            lines.put(section, FormRows.lines(section.name(), form.rows(section),
                    level ? "Responsibilities at this level" : section.label(), level ? "responsibility" : "line",
                    action, errors));
        }
        return new EditLists(lines,
                FormRows.pairs("KPI", form.kpiRows(), PostingForm.KpiRow::kpiMetric, PostingForm.KpiRow::kpiTarget,
                        KPI_COLUMNS, "KPI", action, errors),
                FaqRow.rows(form.faqRows(), action, errors));
    }

    public List<FormRows.Line> linesOf(Section section) {
        return lines.get(section);
    }
}
