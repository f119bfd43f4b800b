package dev.jobdesk.domain;

/**
 * A step the rules refuse, with a message the person can act on and the page to go back to.
 * Answered 409 Conflict with that message (web.ErrorPages).
 */
public class RefusedStep extends RuntimeException {

    private final String backHref;
    private final String backLabel;

    public RefusedStep(String message, String backHref, String backLabel) {
        super(message);
        this.backHref = backHref;
        this.backLabel = backLabel;
    }

    public String backHref() {
        return backHref;
    }

    public String backLabel() {
        return backLabel;
    }
}
