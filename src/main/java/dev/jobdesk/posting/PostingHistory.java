package dev.jobdesk.posting;

import java.time.Instant;
import java.util.List;

/** A posting's history, oldest first, as its page shows it; the audit log keeps it. */
public interface PostingHistory {

    List<Entry> of(Posting posting);

    /** The lead's latest verdict in {@code history}, with its comment; null before any review. */
    static Entry latestReview(List<Entry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Action action = history.get(i).action();
            if (action == Action.APPROVED || action == Action.CHANGES_REQUESTED) {
                return history.get(i);
            }
        }
        return null;
    }

    /** One step of the history. */
    record Entry(Action action, String actorName, Status fromStatus, Status toStatus, Instant occurredAt,
                 String detail) {

        public boolean isStatusChange() {
            return fromStatus != toStatus;
        }
    }
}
