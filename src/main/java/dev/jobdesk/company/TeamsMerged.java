package dev.jobdesk.company;

/**
 * An admin merged one team into another; fired within the transaction before {@code from} is
 * removed, so its postings move to {@code into} first.
 */
public record TeamsMerged(Team from, Team into) {
}
