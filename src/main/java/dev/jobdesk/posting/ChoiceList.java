package dev.jobdesk.posting;

import dev.jobdesk.catalog.Countries;
import dev.jobdesk.catalog.RemoteAreas;
import dev.jobdesk.web.Html;
import io.quarkus.qute.RawString;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A long, fixed list of choices (countries, regions, currencies) as ready {@code <option>} elements.
 * Rendered by the template one expression at a time, the edit page's 700 options were most of its
 * cost; the values and labels are fixed data, escaped once here, and only which ones are selected
 * changes from page to page.
 */
final class ChoiceList {

    static final ChoiceList COUNTRIES = of(Countries.all(), Countries.Country::code, Countries.Country::name);
    static final ChoiceList REGIONS = of(RemoteAreas.regions(), RemoteAreas.Area::code, RemoteAreas.Area::name);
    static final ChoiceList CURRENCIES = of(SalaryRange.CURRENCIES, Function.identity(), Function.identity());

    private final List<String> values;
    /** Each option up to its value's closing quote, and from there to its end. */
    private final List<String> starts;
    private final List<String> ends;

    private ChoiceList(List<String> values, List<String> starts, List<String> ends) {
        this.values = values;
        this.starts = starts;
        this.ends = ends;
    }

    private static <T> ChoiceList of(List<T> choices, Function<T, String> value, Function<T, String> label) {
        return new ChoiceList(choices.stream().map(value).toList(),
                choices.stream().map(choice -> "<option value=\"" + Html.escape(value.apply(choice)) + "\"").toList(),
                choices.stream().map(choice -> ">" + Html.escape(label.apply(choice)) + "</option>").toList());
    }

    /** Every option, those whose value is in {@code selected} marked so. */
    RawString options(Collection<String> selected) {
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
}
