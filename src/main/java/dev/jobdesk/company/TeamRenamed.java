package dev.jobdesk.company;

/** An admin renamed a team; fired within the transaction, so postings follow it in the same one. */
public record TeamRenamed(Team team) {
}
