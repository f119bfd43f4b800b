package dev.jobdesk.writing;

import dev.jobdesk.domain.Labelled;

/**
 * Advice on a posting's wording that never blocks it: where it applies (an anchor on the edit page and
 * the place as a manager names it), what to consider, and where the advice comes from.
 */
public record Hint(Kind kind, String anchor, String where, String message, String source) {

    public enum Kind implements Labelled {
        WORDING, JARGON, MUST_HAVES, YEARS, READING_EASE
    }
}
