package dev.jobdesk.catalog;

/** A row of two fields side by side, as the editors lay out KPIs and questions. */
public interface TwoFields {
    String first();

    String second();

    default boolean isBlank() {
        return first().isBlank() && second().isBlank();
    }
}
