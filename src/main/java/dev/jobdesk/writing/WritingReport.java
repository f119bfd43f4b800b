package dev.jobdesk.writing;

import java.util.List;

/** What the writing hints found in a posting, and how easy each of its passages reads. */
public record WritingReport(List<Hint> hints, List<ReadingEase> readingEase) {

    public WritingReport {
        hints = List.copyOf(hints);
        readingEase = List.copyOf(readingEase);
    }

    public int count() {
        return hints.size();
    }
}
