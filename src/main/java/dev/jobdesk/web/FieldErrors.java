package dev.jobdesk.web;

import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One message per invalid form field, keyed by the field's name as the form posts it. Pages ask
 * {@code errors.get(name)}; an empty set means the input was valid.
 */
@TemplateData
public class FieldErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    public FieldErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    /** A value that must be given, no longer than {@code max} characters. */
    public void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "This field is required.");
        } else {
            maxLength(field, value, max);
        }
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "Use at most " + max + " characters (this has " + value.length() + ").");
        }
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** Whether {@code field} or any of its rows ({@code field.0}, {@code field.1}, …) has a message. */
    public boolean within(String field) {
        return messages.keySet().stream().anyMatch(key -> key.equals(field) || key.startsWith(field + "."));
    }

    public String get(String field) {
        return messages.get(field);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public int count() {
        return messages.size();
    }

    /** "field: message; field: message", for logs and exceptions. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        messages.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ").append(field).append(": ").append(message));
        return text.toString();
    }
}
