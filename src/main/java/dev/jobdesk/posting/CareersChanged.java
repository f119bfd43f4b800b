package dev.jobdesk.posting;

/**
 * A posting went live or came off the careers page, or what live ones show changed; fired within the
 * transaction that did it. {@code postingId} is null when it concerns several.
 */
public record CareersChanged(Long postingId) {
}
