package dev.jobdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The page types the journey does not pass through, checked for accessibility and captured too. */
@QuarkusTest
class PageTypesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void adminAccountErrorAndInvalidFormPagesAreAccessible() {
        try (Browser admin = Browser.open(base); Browser manager = Browser.open(base)) {
            admin.signIn("admin").follow("Users");
            assertThat(admin.text()).contains("New account", "Maya Manager", "Hiring manager", "Engineering lead");
            admin.assertAccessible().screenshot("admin-users");
            admin.press("Create account");
            assertThat(admin.text()).contains("Nothing was created", "This field is required.", "Use at least 12 characters.");
            admin.assertAccessible().screenshot("admin-users-invalid");
            admin.follow("Teams");
            assertThat(admin.text()).contains("Payments", "Platform", "Data", "New team");
            admin.assertAccessible();
            admin.press("Add team");
            assertThat(admin.text()).contains("Nothing was added", "This field is required.");
            admin.assertAccessible();

            manager.signIn("manager").go("/templates/backend-developer").press("Clone to draft");
            manager.type("Job title", "").type("Salary from", "lots").press("Save draft");
            assertThat(manager.text()).contains("fields need attention", "This field is required.",
                    "Use a whole number without separators");
            manager.assertAccessible().screenshot("edit-invalid");

            manager.follow("Maya Manager");
            assertThat(manager.text()).contains("Your account", "Change password");
            manager.assertAccessible().screenshot("account");
            manager.type("Current password", "not-my-password").type("New password", "short").press("Change password");
            assertThat(manager.text()).contains("Your password is unchanged", "This is not your current password.",
                    "Use at least 12 characters.");
            manager.assertAccessible().screenshot("account-invalid");

            manager.go("/no/such/page");
            assertThat(manager.text()).contains("Page not found");
            manager.assertAccessible().screenshot("not-found");
            manager.go("/reviews");
            assertThat(manager.text()).contains("Not for your role");
            manager.assertAccessible().screenshot("forbidden");
        }
    }
}
