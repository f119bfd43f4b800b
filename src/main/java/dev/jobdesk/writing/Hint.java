package dev.jobdesk.writing;

/**
 * Advice on a posting's wording that never blocks it: where it applies (an anchor on the edit page and
 * the place as a manager names it), what to consider, and where the advice comes from.
 */
public record Hint(Kind kind, String anchor, String where, String message, String source) {

    public enum Kind {
        WORDING("Exclusionary or gendered wording"),
        JARGON("Jargon"),
        MUST_HAVES("Long must-have list"),
        YEARS("Years beyond the level"),
        READING_EASE("Hard to read");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
