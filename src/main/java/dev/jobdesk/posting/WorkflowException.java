package dev.jobdesk.posting;

/** A step the workflow refuses, with a message the user can act on. Answered 409 Conflict. */
public class WorkflowException extends RuntimeException {

    private final Long postingId;

    public WorkflowException(Long postingId, String message) {
        super(message);
        this.postingId = postingId;
    }

    public Long postingId() {
        return postingId;
    }
}
