package dev.jobdesk.posting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The row buttons of an editable list, for forms that work without JavaScript. */
final class ListEdits {

    private ListEdits() {
    }

    /** {@code verb} is add, remove, up or down; an index out of range changes nothing. */
    static <T> List<T> apply(List<T> rows, String verb, int index, T blank, int maxRows) {
        List<T> edited = new ArrayList<>(rows);
        boolean inRange = index >= 0 && index < edited.size();
        switch (verb) {
            case "add" -> {
                if (edited.size() < maxRows) {
                    edited.add(blank);
                }
            }
            case "remove" -> {
                if (inRange) {
                    edited.remove(index);
                }
            }
            case "up" -> {
                if (inRange && index > 0) {
                    Collections.swap(edited, index, index - 1);
                }
            }
            case "down" -> {
                if (inRange && index < edited.size() - 1) {
                    Collections.swap(edited, index, index + 1);
                }
            }
            default -> {
                // An unknown button changes nothing; the form comes back as it was.
            }
        }
        return edited;
    }
}
