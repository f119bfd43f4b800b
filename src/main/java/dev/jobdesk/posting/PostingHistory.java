package dev.jobdesk.posting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A posting's history, oldest first, as its page shows it; the audit log keeps it. */
public interface PostingHistory {

    /**
     * How many of the last steps a posting's page lists: a draft saved hundreds of times would
     * otherwise list every save, and its page would take as long to read as to make.
     */
    int RECENT_STEPS = 25;

    /** Every step, oldest first. */
    Steps of(Posting posting);

    /** The last {@code max} steps, oldest first, and how many came before them. */
    Steps latest(Posting posting, int max);

    /** The lead's latest verdict, with its comment; none before any review. */
    Optional<Entry> latestReview(Posting posting);

    /** One step of the history. */
    record Entry(Action action, String actorName, Status fromStatus, Status toStatus, Instant occurredAt,
                 String detail) {

        public boolean isStatusChange() {
            return fromStatus != toStatus;
        }
    }

    /** Steps to list, oldest first, and how many earlier ones are left out. */
    record Steps(List<Entry> shown, long earlier) {
        public Steps {
            shown = List.copyOf(shown);
        }
    }
}
