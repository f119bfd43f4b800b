package dev.jobdesk.catalog;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A text of a template that reads the same at every level, or that each level words its own way:
 * {@code text} is then the mid level's wording and {@code byLevel} holds every level's.
 */
public record Worded(String text, Map<Seniority, String> byLevel) {

    public Worded {
        byLevel = Map.copyOf(byLevel);
        if (!byLevel.isEmpty() && byLevel.size() != Seniority.values().length) {
            throw new IllegalArgumentException("A text worded per level needs every level, not " + byLevel.keySet());
        }
    }

    public static Worded same(String text) {
        return new Worded(text, Map.of());
    }

    /**
     * As an editor gives it: the mid level's wording, and a junior or senior one where that level words
     * it its own way (blank where it reads as the mid level).
     */
    public static Worded of(String junior, String mid, String senior) {
        boolean own = !junior.isBlank() && !junior.equals(mid) || !senior.isBlank() && !senior.equals(mid);
        if (!own) {
            return same(mid);
        }
        Map<Seniority, String> byLevel = new EnumMap<>(Seniority.class);
        byLevel.put(Seniority.JUNIOR, junior.isBlank() ? mid : junior);
        byLevel.put(Seniority.MID, mid);
        byLevel.put(Seniority.SENIOR, senior.isBlank() ? mid : senior);
        return new Worded(mid, byLevel);
    }

    public boolean varies() {
        return !byLevel.isEmpty();
    }

    /** The wording at {@code seniority}; for the editor, blank where the level reads as the mid level. */
    public String ownAt(Seniority seniority) {
        String own = byLevel.get(seniority);
        return own == null || Objects.equals(own, text) ? "" : own;
    }
}
