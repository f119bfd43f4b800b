package dev.jobdesk.posting;

import dev.jobdesk.domain.Labelled;

/** Every step in a posting's life, as the history shows it. */
public enum Action implements Labelled {
    CREATED, EDITED, SUBMITTED, WITHDRAWN, FIRST_APPROVED, APPROVED, CHANGES_REQUESTED, PUBLISHED, CLOSED,
    REOPENED, REVIEW_REASSIGNED, OWNER_CHANGED;

    /** As refusals use it: "A posting that is in review can't be {published}." */
    public String pastParticiple() {
        return words("pastParticiple");
    }
}
