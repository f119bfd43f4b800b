package dev.jobdesk.domain;

/**
 * Someone else changed the same thing first, on this replica or another. Answered 409 Conflict,
 * unless the resource that caught it has a better answer (the edit page keeps the typed text).
 */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String message) {
        super(message);
    }
}
