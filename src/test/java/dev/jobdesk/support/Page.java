package dev.jobdesk.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The value of the form field {@code name} as the page renders it (input value or textarea text). */
    public String fieldValue(String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html());
        if (input.find()) {
            return decode(input.group(1));
        }
        Matcher textarea = Pattern.compile("(?s)<textarea[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</textarea>")
                .matcher(html());
        return textarea.find() ? decode(textarea.group(1)) : null;
    }

    /** Every value of a repeated field, in page order. */
    public List<String> fieldValues(String name) {
        List<String> values = new ArrayList<>();
        Matcher textarea = Pattern.compile("(?s)<textarea[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</textarea>")
                .matcher(html());
        while (textarea.find()) {
            values.add(decode(textarea.group(1)));
        }
        Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html());
        while (input.find()) {
            values.add(decode(input.group(1)));
        }
        return values;
    }

    /**
     * The fields the form with class {@code formClass} would submit, as a browser fills them in:
     * inputs, textareas and the selected option of each select. Repeated names become lists.
     */
    public Map<String, Object> form(String formClass) {
        Matcher formMatch = Pattern.compile("(?s)<form[^>]*class=\"[^\"]*" + Pattern.quote(formClass) + "[^\"]*\"[^>]*>(.*?)</form>")
                .matcher(html());
        if (!formMatch.find()) {
            throw new AssertionError("No form ." + formClass + " on a page reading: " + text());
        }
        String body = formMatch.group(1);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Matcher field = Pattern.compile("(?s)<input([^>]*)>|<textarea([^>]*)>(.*?)</textarea>|<select([^>]*)>(.*?)</select>")
                .matcher(body);
        while (field.find()) {
            String attributes = field.group(1) != null ? field.group(1) : field.group(2) != null ? field.group(2) : field.group(4);
            String name = attribute(attributes, "name");
            if (name == null) {
                continue;
            }
            String value;
            if (field.group(1) != null) {
                value = attribute(attributes, "value");
            } else if (field.group(2) != null) {
                value = decode(field.group(3));
            } else {
                Matcher selected = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(field.group(5));
                Matcher first = Pattern.compile("<option value=\"([^\"]*)\"").matcher(field.group(5));
                value = selected.find() ? decode(selected.group(1)) : first.find() ? decode(first.group(1)) : "";
            }
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value == null ? "" : value);
        }
        Map<String, Object> form = new LinkedHashMap<>();
        fields.forEach((name, values) -> form.put(name, values.size() == 1 ? values.get(0) : values));
        return form;
    }

    /** The value of the option whose label is {@code label} in the select named {@code name}. */
    public String optionValue(String name, String label) {
        Matcher select = Pattern.compile("(?s)<select[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>").matcher(html());
        if (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>").matcher(select.group(1));
            while (option.find()) {
                if (decode(option.group(2)).equals(label)) {
                    return option.group(1);
                }
            }
        }
        throw new AssertionError("No option " + label + " in select " + name);
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? decode(value.group(1)) : null;
    }

    /** The JSON inside {@code <script type="application/ld+json">}, as sent. */
    public String jsonLd() {
        Matcher script = Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>").matcher(html());
        return script.find() ? script.group(1) : null;
    }

    static String decode(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
