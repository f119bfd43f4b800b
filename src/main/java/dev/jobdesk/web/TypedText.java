package dev.jobdesk.web;

/**
 * Text as a person typed it into a form, without what a reader cannot see but a renderer obeys:
 * right-to-left overrides and isolates, zero-width characters, the byte-order mark, soft hyphens and
 * control characters. A title made of those could read one way in the list and another on the
 * careers page. Line breaks survive in multi-line fields only, as {@code \n}.
 */
public final class TypedText {

    private TypedText() {
    }

    /** One line: line breaks and tabs become spaces; surrounding white space is dropped. */
    public static String line(String typed) {
        return clean(typed, false);
    }

    /** Several lines, as in a text area: line breaks kept as {@code \n}. */
    public static String lines(String typed) {
        return clean(typed, true);
    }

    private static String clean(String typed, boolean multiLine) {
        if (typed == null) {
            return "";
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (point == '\n' || point == '\u2028' || point == '\u2029') {
                kept.append(multiLine ? '\n' : ' ');
            } else if (point == '\t') {
                kept.append(' ');
            } else if (!isInvisible(point)) {
                kept.appendCodePoint(point);
            }
        });
        return kept.toString().strip();
    }

    private static boolean isInvisible(int point) {
        int type = Character.getType(point);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }
}
