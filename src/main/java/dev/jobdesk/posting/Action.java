package dev.jobdesk.posting;

/** Every step in a posting's life, as the history shows it. */
public enum Action {
    CREATED("Created from template", "created"),
    EDITED("Edited", "edited"),
    SUBMITTED("Submitted for approval", "submitted for approval"),
    WITHDRAWN("Withdrawn from review", "withdrawn"),
    FIRST_APPROVED("Approved; a second approval is next", "approved"),
    APPROVED("Approved", "approved"),
    CHANGES_REQUESTED("Changes requested", "sent back for changes"),
    PUBLISHED("Published", "published"),
    CLOSED("Closed", "closed"),
    REOPENED("Reopened", "reopened"),
    REVIEW_REASSIGNED("Review reassigned", "given to another lead"),
    OWNER_CHANGED("Given to another manager", "given to another manager");

    private final String label;
    private final String pastParticiple;

    Action(String label, String pastParticiple) {
        this.label = label;
        this.pastParticiple = pastParticiple;
    }

    public String label() {
        return label;
    }

    /** As refusals use it: "A posting that is in review can't be {published}." */
    public String pastParticiple() {
        return pastParticiple;
    }
}
