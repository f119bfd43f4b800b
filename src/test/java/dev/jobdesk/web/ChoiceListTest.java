package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChoiceListTest {

    private static final ChoiceList CHOICES = ChoiceList.of(List.of("a", "b\"&", "c"), Function.identity(),
            value -> value.toUpperCase() + " <label>");

    private static final String A = "<option value=\"a\"%s>A &lt;label&gt;</option>";
    private static final String B = "<option value=\"b&quot;&amp;\"%s>B&quot;&amp; &lt;label&gt;</option>";
    private static final String C = "<option value=\"c\"%s>C &lt;label&gt;</option>";

    @Test
    void eachOptionEscapedAndOnlyTheChosenOneSelected() {
        assertThat(CHOICES.options(null).toString()).isEqualTo(A.formatted("") + B.formatted("") + C.formatted(""));
        assertThat(CHOICES.options("a").toString())
                .isEqualTo(A.formatted(" selected") + B.formatted("") + C.formatted(""));
        assertThat(CHOICES.options("b\"&").toString())
                .isEqualTo(A.formatted("") + B.formatted(" selected") + C.formatted(""));
        assertThat(CHOICES.options("c").toString())
                .isEqualTo(A.formatted("") + B.formatted("") + C.formatted(" selected"));
        assertThat(CHOICES.options("not offered").toString()).isEqualTo(CHOICES.options(null).toString());
    }

    @Test
    void aMultipleChoiceMarksEveryChosenOne() {
        assertThat(CHOICES.optionsSelecting(Set.of("a", "c")).toString())
                .isEqualTo(A.formatted(" selected") + B.formatted("") + C.formatted(" selected"));
        assertThat(CHOICES.optionsSelecting(Set.of("a", "b\"&", "c")).toString())
                .isEqualTo(A.formatted(" selected") + B.formatted(" selected") + C.formatted(" selected"));
        assertThat(CHOICES.optionsSelecting(Set.of()).toString()).isEqualTo(CHOICES.options(null).toString());
    }
}
