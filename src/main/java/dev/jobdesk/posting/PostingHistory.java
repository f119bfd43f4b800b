package dev.jobdesk.posting;

import java.time.Instant;
import java.util.List;

/** A posting's history, oldest first, as its page shows it; the audit log keeps it. */
public interface PostingHistory {

    List<Entry> of(Posting posting);

    /** One step of the history. */
    record Entry(Action action, String actorName, Status fromStatus, Status toStatus, Instant occurredAt,
                 String detail) {

        public boolean isStatusChange() {
            return fromStatus != toStatus;
        }
    }
}
