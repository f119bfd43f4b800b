package dev.jobdesk.posting;

/** The posting was saved by someone else since the form was opened. Answered 409 with the user's text kept. */
public class StaleEditException extends RuntimeException {

    private final transient Posting current;

    public StaleEditException(Posting current) {
        super("Posting " + current.id() + " changed since it was opened");
        this.current = current;
    }

    public Posting current() {
        return current;
    }
}
