package dev.jobdesk.company;

/** An admin changed the company's settings; fired within the transaction that saved them. */
public record CompanyChanged() {
}
