package dev.jobdesk.web;

import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    /**
     * The violations of a form's declared rules, each under the name its field posts: a component
     * {@code title} is {@code title}; the third row of a list, or of a list under a map key, is
     * {@code name.2} or {@code KEY.2}; a property of a row is named by the property.
     */
    public static FieldErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FieldErrors errors = new FieldErrors();
        // Sorted, so that of two rules a field breaks the same one is reported every time.
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> violation) -> violation.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(violation -> errors.add(fieldName(violation.getPropertyPath()), violation.getMessage()));
        return errors;
    }

    private static String fieldName(Path path) {
        String name = "";
        Integer row = null;
        for (Path.Node node : path) {
            if (node.getKey() != null) {
                name = node.getKey().toString();
            } else if (node.getName() != null && !node.getName().startsWith("<")) {
                name = node.getName();
            }
            if (node.getIndex() != null) {
                row = node.getIndex();
            }
        }
        return row == null ? name : name + "." + row;
    }

    public FieldErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** Whether {@code field} or any of its rows ({@code field.0}, {@code field.1}, …) has a message. */
    public boolean within(String field) {
        return messages.keySet().stream().anyMatch(key -> key.equals(field) || key.startsWith(field + "."));
    }

    /** Whether a field whose name starts with {@code prefix} has a message: a list's rows and its wordings. */
    public boolean anyStartingWith(String prefix) {
        return messages.keySet().stream().anyMatch(key -> key.startsWith(prefix));
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
