package dev.jobdesk.posting;

/** A posting went live or came off the careers page; fired within the transaction that did it. */
public record CareersChanged(Long postingId) {
}
