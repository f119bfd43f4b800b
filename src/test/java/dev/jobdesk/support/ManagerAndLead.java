package dev.jobdesk.support;

import org.junit.jupiter.api.BeforeEach;

/**
 * For tests that take postings through the workflow: the demo manager and lead, each test signed in
 * afresh (Maya Manager owns the postings, Lena Lead reviews them).
 */
public abstract class ManagerAndLead {

    protected WebClient manager;
    protected WebClient lead;

    @BeforeEach
    void signInAsManagerAndLead() {
        manager = WebClient.signedInAs("manager");
        lead = WebClient.signedInAs("lead");
    }
}
