package dev.jobdesk.web;

import io.quarkus.qute.RawString;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A long list of choices (countries, regions, currencies, teams) as ready {@code <option>} elements.
 * Rendered by a template one expression at a time, the edit page's 700 options were most of its
 * cost, and each option inside a loop looked its selected value up through every value resolver; the
 * values and labels are escaped once here, and only which ones are selected changes from page to page.
 */
public final class ChoiceList {

    private final List<String> values;
    /** Each option up to its value's closing quote, and from there to its end. */
    private final List<String> starts;
    private final List<String> ends;

    private ChoiceList(List<String> values, List<String> starts, List<String> ends) {
        this.values = values;
        this.starts = starts;
        this.ends = ends;
    }

    public static <T> ChoiceList of(List<T> choices, Function<T, String> value, Function<T, String> label) {
        return new ChoiceList(choices.stream().map(value).toList(),
                choices.stream().map(choice -> "<option value=\"" + Html.escape(value.apply(choice)) + "\"").toList(),
                choices.stream().map(choice -> ">" + Html.escape(label.apply(choice)) + "</option>").toList());
    }

    /** Every option, those whose value is in {@code selected} marked so: for a multiple choice. */
    public RawString optionsSelecting(Collection<String> selected) {
        StringBuilder html = new StringBuilder(values.size() * 48);
        for (int i = 0; i < values.size(); i++) {
            html.append(starts.get(i));
            if (selected.contains(values.get(i))) {
                html.append(" selected");
            }
            html.append(ends.get(i));
        }
        return new RawString(html.toString());
    }

    /** Every option, the one whose value is {@code selected}, if any, marked so. */
    public RawString options(String selected) {
        return optionsSelecting(selected == null ? Set.of() : Set.of(selected));
    }
}
