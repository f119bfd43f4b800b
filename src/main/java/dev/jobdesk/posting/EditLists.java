package dev.jobdesk.posting;

import dev.jobdesk.catalog.FaqRow;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.FormRows;
import dev.jobdesk.web.KeptMarkup;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;
import java.util.EnumMap;
import java.util.Map;

/**
 * The edit page's lists, each as the markup of its rows ({@link FormRows}, {@link KeptMarkup}): each
 * section's lines, the KPIs and the questions.
 */
@TemplateData
public record EditLists(Map<Section, RawString> lines, RawString kpis, RawString faqs) {

    static final FormRows.PairColumns KPI_COLUMNS = new FormRows.PairColumns("kpi-row", "kpiMetric", "Metric",
            Kpi.MAX_METRIC_LENGTH, "kpiTarget", "Target", Kpi.MAX_TARGET_LENGTH, 1);

    /** The lists of {@code form} as typed, with its {@code errors}; the form posts to {@code action}. */
    static EditLists of(PostingForm form, String action, FieldErrors errors, KeptMarkup markup) {
        Map<Section, RawString> lines = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            // The level's list is the level's responsibilities; every other list is lines under its heading.
            boolean level = section == Section.LEVEL;
            lines.put(section, markup.lines(FormRows.lines(section.name(), form.rows(section),
                    level ? "Responsibilities at this level" : section.label(), level ? "responsibility" : "line",
                    action, errors)));
        }
        return new EditLists(lines,
                markup.pairs(FormRows.pairs("KPI", form.kpiRows(), PostingForm.KpiRow::kpiMetric,
                        PostingForm.KpiRow::kpiTarget, KPI_COLUMNS, "KPI", action, errors)),
                markup.pairs(FaqRow.rows(form.faqRows(), action, errors)));
    }

    public RawString linesOf(Section section) {
        return lines.get(section);
    }
}
