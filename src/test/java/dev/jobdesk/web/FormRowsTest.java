package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormRowsTest {

    private static final FormRows.PairColumns COLUMNS = new FormRows.PairColumns("kpi-row", "kpiMetric", "Metric", 200,
            "kpiTarget", "Target", 200, 1);

    @Test
    void eachLineKnowsItsPlaceItsLabelAndItsOwnError() {
        FieldErrors errors = FieldErrors.none().add("TOOL.1", "Keep it shorter.").add("TOOL", "Too many.");

        List<FormRows.Line> lines = FormRows.lines("TOOL", List.of("Docker", "Kubernetes", ""), "Tools", "line",
                "/postings/7", errors);

        assertThat(lines).extracting(FormRows.Line::text).containsExactly("Docker", "Kubernetes", "");
        assertThat(lines).extracting(FormRows.Line::error).containsExactly(null, "Keep it shorter.", null);
        assertThat(lines).extracting(line -> line.place().last()).containsExactly(false, false, true);
        FormRows.Place second = lines.get(1).place();
        assertThat(second.field()).isEqualTo("TOOL.1");
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.action()).isEqualTo("/postings/7");
        assertThat(lines.get(0).label()).isEqualTo("Tools");
    }

    @Test
    void aPairTakesEachFieldsErrorByItsOwnNameAndIsFilledWhenEitherIs() {
        FieldErrors errors = FieldErrors.none().add("kpiTarget.0", "Say what the target is.");
        List<String[]> rows = List.of(new String[] {"Uptime", ""}, new String[] {"", ""});

        List<FormRows.Pair> pairs = FormRows.pairs("KPI", rows, row -> row[0], row -> row[1], COLUMNS, "KPI",
                "/postings/7", errors);

        assertThat(pairs.get(0).firstError()).isNull();
        assertThat(pairs.get(0).secondError()).isEqualTo("Say what the target is.");
        assertThat(pairs.get(0).secondField()).isEqualTo("kpiTarget.0");
        assertThat(pairs.get(0).firstField()).isEqualTo("kpiMetric.0");
        assertThat(pairs).extracting(FormRows.Pair::filled).containsExactly(true, false);
        assertThat(pairs).extracting(pair -> pair.place().last()).containsExactly(false, true);
    }
}
