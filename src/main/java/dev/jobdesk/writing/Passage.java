package dev.jobdesk.writing;

import dev.jobdesk.catalog.Section;
import java.util.Arrays;
import java.util.List;

/**
 * A part of a job description as the writing hints read it: the anchor of its place on the edit page,
 * the name a manager knows it by, and its lines, {@code numbered} where a manager finds them by
 * number (the items of a list). {@code section} is set for the bullet lists, which some hints single out.
 */
public record Passage(String anchor, String name, Section section, List<String> lines, boolean numbered) {

    public Passage {
        lines = lines.stream().map(line -> line == null ? "" : line).toList();
    }

    /** One or more texts read as one passage: a summary, the reporting lines. */
    public static Passage text(String anchor, String name, String... texts) {
        return new Passage(anchor, name, null, Arrays.asList(texts), false);
    }

    /** Items a manager finds by their number, such as the KPIs. */
    public static Passage items(String anchor, String name, List<String> items) {
        return new Passage(anchor, name, null, items, true);
    }

    public static Passage list(Section section, List<String> lines) {
        return new Passage(section.name(), section.label(), section, lines, true);
    }

    /** "Must-have skills, line 3" for an item; the passage's name for a text. */
    String where(int line) {
        return numbered ? name + ", line " + (line + 1) : name;
    }
}
