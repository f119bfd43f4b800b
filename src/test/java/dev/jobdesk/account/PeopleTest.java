package dev.jobdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Form;
import dev.jobdesk.support.People;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Admins change a person's name and roles, which apply to that person's open sessions at once, and
 * see when each last signed in; the last enabled admin keeps the role.
 */
@QuarkusTest
class PeopleTest {

    @Test
    void aRoleChangeAppliesToTheOpenSessionAtOnce() {
        long id = account("people-switch", Role.MANAGER);
        WebClient person = People.signedInAs("people-switch");
        person.get("/templates").assertStatus(200);
        WebClient admin = WebClient.signedInAs("admin");
        Page form = admin.get("/admin/users/" + id).assertStatus(200);
        assertThat(form.text()).contains("last signed in");

        admin.post("/admin/users/" + id, Form.of("displayName", "Pia People", "roles", "LEAD")).assertSeeOther();
        person.get("/templates").assertStatus(403);
        person.get("/reviews").assertStatus(200);
        assertThat(person.get("/reviews").text()).contains("Pia People");
        assertThat(admin.get("/admin/users").text()).contains("Pia People", "Engineering lead", "Last signed in");
    }

    @Test
    void aChangeIsCheckedAndTheLastAdminKeepsTheRole() {
        long id = account("people-check", Role.MANAGER);
        WebClient admin = WebClient.signedInAs("admin");
        assertThat(admin.get("/admin/users").text()).contains("Never signed in");
        Page refused = admin.post("/admin/users/" + id, Form.of("displayName", " ", "roles", "NOT_A_ROLE")).assertStatus(400);
        assertThat(refused.text()).contains("This field is required.", "Choose at least one role.");

        long adminId = QuarkusTransaction.requiringNew().call(() -> UserAccount.findByUsername("admin").orElseThrow().id);
        assertThat(UserAccount.withRole(Role.ADMIN)).as("the demo data's only admin").hasSize(1);
        Page kept = admin.post("/admin/users/" + adminId, Form.of("displayName", "Ada Admin", "roles", "MANAGER"))
                .assertStatus(400);
        assertThat(kept.text()).contains("Keep the admin role");
        admin.get("/admin/users").assertStatus(200);
    }

    private static long account(String username, Role role) {
        return People.account(username, "People " + username, role);
    }
}
