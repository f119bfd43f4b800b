package dev.jobdesk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a list in an editor's form, each carrying all that its markup shows: its place, its
 * text, its label and its error. A row's markup then reads only the row it is on. Qute looks a name
 * that is not on the loop's row up level by level, through every value resolver at each, and the
 * posting editor's lists made thousands of such look-ups a page: most of its time.
 */
public final class FormRows {

    private FormRows() {
    }

    /** The rows' markup, which {@link KeptMarkup} renders once for the rows it shows. */
    @CheckedTemplate
    static class Views {
        static native TemplateInstance lines(List<Line> rows);

        static native TemplateInstance pairs(List<Pair> rows);
    }

    /** Where a row stands in its list, and what its buttons say and post to. */
    @TemplateData
    public record Place(String list, int index, boolean last, String what, String action) {

        /** As the person counts: from 1. */
        public int number() {
            return index + 1;
        }

        /** The row's name among the form's errors: {@code list.index}. */
        public String field() {
            return list + "." + index;
        }

        /**
         * The row's buttons: move it up, move it down, remove it. Written here rather than by a tag:
         * the editor shows them on each of its fifty-odd rows, and as a tag they were a third of the
         * expressions Qute evaluated for the page.
         */
        public RawString buttons() {
            String row = Html.escape(what) + " " + number();
            return new RawString("<span class=\"row-buttons\">\n"
                    + button("up", "Move " + row + " up", index == 0, "↑")
                    + button("down", "Move " + row + " down", last, "↓")
                    + button("remove", "Remove " + row, false, "✕")
                    + "</span>");
        }

        private String button(String verb, String label, boolean disabled, String symbol) {
            return "  <button type=\"submit\" name=\"edit\" value=\"" + verb + ":" + Html.escape(list) + ":" + index
                    + "\" formaction=\"" + Html.escape(action) + "#" + Html.escape(list)
                    + "\" class=\"icon-button\" aria-label=\"" + label + "\"" + (disabled ? " disabled" : "") + ">"
                    + symbol + "</button>\n";
        }
    }

    /** One line of a list of lines, labelled "{label}, line {number}". */
    @TemplateData
    public record Line(Place place, String text, String label, String error) {
    }

    /** How a list of two fields side by side is laid out: each field's name, label and length limit. */
    @TemplateData
    public record PairColumns(String rowClass, String first, String firstLabel, int firstMax, String second,
                              String secondLabel, int secondMax, int secondRows) {
    }

    /** One row of a list of two fields side by side. */
    @TemplateData
    public record Pair(Place place, PairColumns columns, String first, String second, String firstError,
                       String secondError) {

        public boolean filled() {
            return !(first.isBlank() && second.isBlank());
        }

        public String firstField() {
            return columns.first() + "." + place.index();
        }

        public String secondField() {
            return columns.second() + "." + place.index();
        }
    }

    /**
     * A row's place, for a page that draws its rows from its own data: {@code rows:place(...)} in a
     * template. Read within the row's loop, its arguments cost the look-ups the rows above avoid; the
     * template editor, used rarely, pays them.
     */
    @TemplateExtension(namespace = "rows")
    static Place place(String list, int index, boolean last, String what, String action) {
        return new Place(list, index, last, what, action);
    }

    /**
     * The markup of {@code rows}, rendered for this page only: for the template editor, viewed too
     * rarely to keep it ({@link KeptMarkup#pairs} keeps it for the posting editor).
     */
    public static RawString markupOf(List<Pair> rows) {
        return new RawString(Views.pairs(rows).render());
    }

    /** {@code texts}, the list named {@code list}, as rows; the form posts to {@code action}. */
    public static List<Line> lines(String list, List<String> texts, String label, String what, String action,
                                   FieldErrors errors) {
        List<Line> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            Place place = new Place(list, i, i == texts.size() - 1, what, action);
            lines.add(new Line(place, texts.get(i), label, errors.get(place.field())));
        }
        return lines;
    }

    /** {@code rows}, the list named {@code list}, as pairs of {@code first} and {@code second} fields. */
    public static <R> List<Pair> pairs(String list, List<R> rows, Function<R, String> first, Function<R, String> second,
                                       PairColumns columns, String what, String action, FieldErrors errors) {
        List<Pair> pairs = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Place place = new Place(list, i, i == rows.size() - 1, what, action);
            pairs.add(new Pair(place, columns, first.apply(rows.get(i)), second.apply(rows.get(i)),
                    errors.get(columns.first() + "." + i), errors.get(columns.second() + "." + i)));
        }
        return pairs;
    }
}
