package dev.jobdesk.posting;

import dev.jobdesk.catalog.Seniority;
import java.time.Instant;

/** A row of a postings list, read in one query without loading the postings' sections. */
public record PostingSummary(Long id, String title, String team, Seniority seniority, Status status,
                             Instant updatedAt, String ownerName, String reviewerName, String slug) {
}
