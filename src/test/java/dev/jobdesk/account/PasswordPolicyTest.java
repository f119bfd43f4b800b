package dev.jobdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.problemWith("plum-harbour-quietly-7", "maya")).isEmpty();
        assertThat(policy.problemWith("plum-harbor7", "maya")).as("the shortest allowed").isEmpty();
        assertThat(policy.problemWith("plum-" + "harbour-".repeat(15) + "qrs", "maya")).as("the longest allowed").isEmpty();
    }

    @Test
    void refusesShortCommonSimpleOrSelfNamedPasswords() {
        assertThat(policy.problemWith("short-1", "maya")).contains("Use at least 12 characters.");
        assertThat(policy.problemWith("Password1234", "maya")).get().asString().contains("too common");
        assertThat(policy.problemWith("jobdesk-demo", "maya")).get().asString().contains("too common");
        assertThat(policy.problemWith("aaaaaaaaaaaaaaa", "maya")).get().asString().contains("too simple");
        assertThat(policy.problemWith("maya-the-great-2026", "maya")).contains("Don't put the username in the password.");
        assertThat(policy.problemWith("x".repeat(64) + "y".repeat(65), "maya")).contains("Use at most 128 characters.");
    }
}
