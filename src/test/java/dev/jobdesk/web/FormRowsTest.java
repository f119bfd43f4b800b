package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    @Test
    void aRowsButtonsPostItsPlaceAndCannotMoveItPastEitherEnd() {
        Document first = Jsoup.parseBodyFragment(new FormRows.Place("KPI", 0, false, "KPI", "/postings/7").buttons().getValue());
        Document last = Jsoup.parseBodyFragment(new FormRows.Place("KPI", 2, true, "KPI", "/postings/7").buttons().getValue());

        assertThat(first.select("button")).extracting(button -> button.attr("value"))
                .containsExactly("up:KPI:0", "down:KPI:0", "remove:KPI:0");
        assertThat(first.select("button")).extracting(button -> button.attr("formaction")).containsOnly("/postings/7#KPI");
        assertThat(first.select("button")).extracting(button -> button.attr("aria-label"))
                .containsExactly("Move KPI 1 up", "Move KPI 1 down", "Remove KPI 1");
        assertThat(first.select("button[disabled]")).extracting(button -> button.attr("value")).containsExactly("up:KPI:0");
        assertThat(last.select("button[disabled]")).extracting(button -> button.attr("value")).containsExactly("down:KPI:2");
    }

    @Test
    void aRowsButtonsEscapeWhatTheySay() {
        String html = new FormRows.Place("A\"B", 1, false, "<line>", "/x?a=1&b=2").buttons().getValue();

        Document buttons = Jsoup.parseBodyFragment(html);
        assertThat(html).doesNotContain("<line>").doesNotContain("A\"B:");
        assertThat(buttons.select("button").first().attr("aria-label")).isEqualTo("Move <line> 2 up");
        assertThat(buttons.select("button").first().attr("value")).isEqualTo("up:A\"B:1");
        assertThat(buttons.select("button").first().attr("formaction")).isEqualTo("/x?a=1&b=2#A\"B");
    }
}
