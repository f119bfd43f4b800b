package dev.jobdesk.posting;

import dev.jobdesk.domain.Labelled;
import io.quarkus.qute.TemplateData;
import java.util.Optional;

/**
 * Where a posting is in its life. {@link #after(Action)} is the whole workflow: the status each
 * action leads to from here, or nothing when the action is not allowed.
 */
@TemplateData
public enum Status implements Labelled {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, PUBLISHED, CLOSED;

    /** For CSS classes and test ids: {@code in-review}. */
    public String cssName() {
        return name().toLowerCase().replace('_', '-');
    }

    public Optional<Status> after(Action action) {
        Status next = switch (action) {
            case CREATED -> null;
            // Editing an approved posting voids the approval: it has to be reviewed again. Editing a
            // published one starts a correction, a draft beside the live text.
            case EDITED -> switch (this) {
                case DRAFT, CHANGES_REQUESTED -> this;
                case APPROVED, PUBLISHED -> DRAFT;
                default -> null;
            };
            case SUBMITTED -> this == DRAFT || this == CHANGES_REQUESTED ? IN_REVIEW : null;
            case WITHDRAWN -> this == IN_REVIEW ? DRAFT : null;
            // The first of two approvals leaves the posting in review, with the second approver.
            case FIRST_APPROVED -> this == IN_REVIEW ? IN_REVIEW : null;
            case APPROVED -> this == IN_REVIEW ? APPROVED : null;
            case CHANGES_REQUESTED -> this == IN_REVIEW ? CHANGES_REQUESTED : null;
            case PUBLISHED -> this == APPROVED ? PUBLISHED : null;
            case CLOSED -> this == PUBLISHED ? CLOSED : null;
            case REOPENED -> this == CLOSED ? PUBLISHED : null;
            // People leave: a pending review moves to another lead, a posting to another manager.
            case REVIEW_REASSIGNED -> this == IN_REVIEW ? IN_REVIEW : null;
            case OWNER_CHANGED -> this;
        };
        return Optional.ofNullable(next);
    }

    public boolean allows(Action action) {
        return after(action).isPresent();
    }

    public boolean isContentEditable() {
        return allows(Action.EDITED);
    }

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
