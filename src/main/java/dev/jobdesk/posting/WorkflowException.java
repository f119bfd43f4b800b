package dev.jobdesk.posting;

import dev.jobdesk.domain.RefusedStep;

/** A step the workflow refuses on one posting, with a message the user can act on. */
public class WorkflowException extends RefusedStep {

    public WorkflowException(Long postingId, String message) {
        super(message, postingId == null ? "/postings" : "/postings/" + postingId, "Back to the posting");
    }
}
