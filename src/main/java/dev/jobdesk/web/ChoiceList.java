package dev.jobdesk.web;

import io.quarkus.qute.RawString;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A long list of choices (countries, regions, currencies, teams) as ready {@code <option>} elements.
 * Rendered by a template one expression at a time, the edit page's 700 options were most of its
 * cost, and each option inside a loop looked its selected value up through every value resolver; the
 * values and labels are escaped once here, into one string of every option, and a page's list is
 * that string cut where its selected options are marked (appended option by option, the country
 * lists were 2% of the edit page's time).
 */
public final class ChoiceList {

    private static final String SELECTED = " selected";

    private final List<String> values;
    /** Each value's place in {@link #values}. */
    private final Map<String, Integer> places = new HashMap<>();
    /** Every option, none selected. */
    private final String unselected;
    /** Where each option's value attribute ends in {@link #unselected}: where " selected" goes. */
    private final int[] valueEnds;

    private ChoiceList(List<String> values, String unselected, int[] valueEnds) {
        this.values = values;
        this.unselected = unselected;
        this.valueEnds = valueEnds;
        for (int i = 0; i < values.size(); i++) {
            places.putIfAbsent(values.get(i), i);
        }
    }

    public static <T> ChoiceList of(List<T> choices, Function<T, String> value, Function<T, String> label) {
        StringBuilder html = new StringBuilder(choices.size() * 48);
        int[] valueEnds = new int[choices.size()];
        for (int i = 0; i < choices.size(); i++) {
            T choice = choices.get(i);
            html.append("<option value=\"").append(Html.escape(value.apply(choice))).append('"');
            valueEnds[i] = html.length();
            html.append('>').append(Html.escape(label.apply(choice))).append("</option>");
        }
        return new ChoiceList(choices.stream().map(value).toList(), html.toString(), valueEnds);
    }

    /** Every option, those whose value is in {@code selected} marked so: for a multiple choice. */
    public RawString optionsSelecting(Collection<String> selected) {
        StringBuilder html = new StringBuilder(unselected.length() + selected.size() * SELECTED.length());
        int copied = 0;
        for (int i = 0; i < values.size(); i++) {
            if (selected.contains(values.get(i))) {
                html.append(unselected, copied, valueEnds[i]).append(SELECTED);
                copied = valueEnds[i];
            }
        }
        return new RawString(html.append(unselected, copied, unselected.length()).toString());
    }

    /** Every option, the one whose value is {@code selected}, if any, marked so. */
    public RawString options(String selected) {
        Integer place = selected == null ? null : places.get(selected);
        if (place == null) {
            return new RawString(unselected);
        }
        int valueEnd = valueEnds[place];
        return new RawString(new StringBuilder(unselected.length() + SELECTED.length())
                .append(unselected, 0, valueEnd).append(SELECTED).append(unselected, valueEnd, unselected.length())
                .toString());
    }
}
