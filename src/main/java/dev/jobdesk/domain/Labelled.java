package dev.jobdesk.domain;

/**
 * An enum whose constants people read as words: a status, a role, a section's heading. The words live
 * in {@code labels.properties}, so the product's vocabulary is proofread (and could be translated) in
 * one file, and no enum repeats a label field, its constructor and its getter. Only enums may be
 * {@code Labelled}.
 */
public interface Labelled {

    /** How people read the constant: "In review" for {@code IN_REVIEW}. */
    default String label() {
        return Labels.words((Enum<?>) this, Labels.LABEL);
    }

    /** The constant's other words, named by {@code aspect}: {@code Section.RESPONSIBILITY.publicHeading}. */
    default String words(String aspect) {
        return Labels.words((Enum<?>) this, aspect);
    }
}
