package dev.jobdesk.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** One response as a test reads it: status, redirect target, and the page's text. */
public record Page(Response response) {

    public int status() {
        return response.statusCode();
    }

    public String html() {
        return response.asString();
    }

    /** The visible text with tags removed and entities decoded, whitespace collapsed. */
    public String text() {
        return decode(html().replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ");
    }

    public String location() {
        String location = response.header("Location");
        return location == null ? null : location.replaceFirst("^https?://[^/]+", "");
    }

    public Page assertStatus(int expected) {
        assertEquals(expected, status(), () -> "status of a page reading: " + text());
        return this;
    }

    /** Asserts a 303 See Other and returns where it points. */
    public String assertSeeOther() {
        assertStatus(303);
        return location();
    }

    /** The page as a browser's document: what the form readers below look into. */
    public Document document() {
        return Jsoup.parse(html());
    }

    /** What a field holds: the text of an input or text area, the value of a select's chosen option. */
    public String fieldValue(String name) {
        Element field = document().selectFirst("input[name=" + name + "], textarea[name=" + name + "]");
        if (field != null) {
            return field.val();
        }
        Element select = document().selectFirst("select[name=" + name + "]");
        if (select == null) {
            return null;
        }
        Element chosen = select.selectFirst("option[selected]");
        return chosen != null ? chosen.val() : select.select("option").stream().findFirst().map(Element::val).orElse("");
    }

    /** Every value of a repeated field, in page order. */
    public List<String> fieldValues(String name) {
        return document().select("input[name=" + name + "], textarea[name=" + name + "]").stream().map(Element::val).toList();
    }

    /**
     * The fields the form with class {@code formClass} would submit, as a browser fills them in:
     * inputs (checkboxes only when ticked), textareas, the selected option of each select and the
     * chosen ones of a multiple select.
     * Repeated names become lists.
     */
    public Map<String, Object> form(String formClass) {
        Element form = document().selectFirst("form." + formClass);
        if (form == null) {
            throw new AssertionError("No form ." + formClass + " on a page reading: " + text());
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (field.is("input") && (type.equals("submit") || type.equals("button")
                    || (type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                continue;
            }
            if (field.is("select[multiple]")) {
                // Only what is chosen, as many as are: a browser sends nothing for a multiple select left empty.
                field.select("option[selected]").forEach(option ->
                        fields.computeIfAbsent(field.attr("name"), key -> new ArrayList<>()).add(option.val()));
                continue;
            }
            String value = field.is("select") ? selectedValue(field) : field.val();
            fields.computeIfAbsent(field.attr("name"), key -> new ArrayList<>()).add(value);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, all) -> values.put(name, all.size() == 1 ? all.get(0) : all));
        return values;
    }

    private static String selectedValue(Element select) {
        Element option = select.selectFirst("option[selected]");
        option = option != null ? option : select.selectFirst("option");
        return option == null ? "" : option.val();
    }

    /** The value of the option whose label is {@code label} in the select named {@code name}. */
    public String optionValue(String name, String label) {
        return document().select("select[name=" + name + "] option").stream().filter(option -> option.text().equals(label))
                .findFirst().map(Element::val).orElseThrow(() -> new AssertionError("No option " + label + " in select " + name));
    }

    /** The JSON inside {@code <script type="application/ld+json">}, as sent. */
    public String jsonLd() {
        Element script = document().selectFirst("script[type=application/ld+json]");
        return script == null ? null : script.data();
    }

    static String decode(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
