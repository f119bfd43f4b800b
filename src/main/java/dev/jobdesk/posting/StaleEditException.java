package dev.jobdesk.posting;

import dev.jobdesk.domain.ConcurrentChange;

/** The posting was saved by someone else since the form was opened. Answered 409 with the user's text kept. */
public class StaleEditException extends ConcurrentChange {

    private final int currentVersion;

    public StaleEditException(Long postingId, int currentVersion) {
        super("Posting " + postingId + " changed since it was opened");
        this.currentVersion = currentVersion;
    }

    /** The version saved by the other person: saving again over it is then a deliberate choice. */
    public int currentVersion() {
        return currentVersion;
    }
}
