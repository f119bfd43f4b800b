package dev.jobdesk.careers;

import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.posting.WorkplaceType;
import java.time.Instant;

/** A row of the public careers list, read without loading the postings' sections. */
public record CareersListing(String slug, String title, String team, String location, WorkplaceType workplaceType,
                             Seniority seniority, Instant publishedAt) {
}
