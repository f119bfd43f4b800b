package dev.jobdesk.review;

import dev.jobdesk.domain.Labelled;

public enum Decision implements Labelled {
    APPROVED, CHANGES_REQUESTED
}
