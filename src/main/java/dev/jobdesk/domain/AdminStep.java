package dev.jobdesk.domain;

import java.time.Instant;

/**
 * A change an admin made to the library or to an account, fired in the change's transaction so that
 * the audit trail records it without being called: who ({@code actorId}), what, to which subject (as
 * the trail names it, and the page where it lives), and in a sentence.
 */
public record AdminStep(Long actorId, AdminAction action, String subject, String subjectPath, String detail,
                        Instant at) {
}
