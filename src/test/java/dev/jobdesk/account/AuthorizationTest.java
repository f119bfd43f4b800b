package dev.jobdesk.account;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.submit;
import static dev.jobdesk.support.PostingSteps.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.People;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may do what: each boundary in its own test, through real logins. */
@QuarkusTest
class AuthorizationTest {

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebClient visitor = WebClient.anonymous();
        for (String page : new String[] {"/postings", "/templates", "/templates/backend-developer", "/reviews", "/postings/1"}) {
            Page answer = visitor.get(page);
            assertThat(answer.status()).as(page).isEqualTo(302);
            assertThat(answer.location()).as(page).isEqualTo("/login");
        }
    }

    @Test
    void anonymousVisitorsReadTheCareersPageAndTheLoginPage() {
        WebClient visitor = WebClient.anonymous();
        visitor.get("/careers").assertStatus(200);
        assertThat(visitor.get("/login").assertStatus(200).text()).contains("Demo accounts are on");
        assertThat(visitor.get("/").location()).isEqualTo("/careers");
    }

    @Test
    void aManagerCannotSeeOrTouchAnotherManagersPosting() {
        WebClient owner = WebClient.signedInAs("manager");
        long id = completeDraft(owner, "Only mine");
        Map<String, Object> form = editForm(owner, id);
        String version = version(owner.get("/postings/" + id));

        WebClient other = WebClient.signedInAs("manager2");
        other.get("/postings").assertStatus(200);
        other.get("/postings/" + id).assertStatus(404);
        other.get("/postings/" + id + "/edit").assertStatus(404);
        form.put("title", "Taken over");
        other.post("/postings/" + id, form).assertStatus(404);
        for (String step : new String[] {"submit", "withdraw", "publish", "close"}) {
            other.post("/postings/" + id + "/" + step, "version", version, "lead", "3").assertStatus(404);
        }
        assertThat(other.get("/postings").text()).doesNotContain("Only mine");
        assertThat(owner.get("/postings/" + id).text()).contains("Only mine").doesNotContain("Taken over");
    }

    @Test
    void aLeadActsOnlyOnPostingsRoutedToThem() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = completeDraft(manager, "For Lena only");
        submit(manager, id, "Lena Lead").assertSeeOther();

        WebClient otherLead = WebClient.signedInAs("lead2");
        otherLead.get("/postings/" + id).assertStatus(404);
        assertThat(otherLead.get("/reviews").text()).doesNotContain("For Lena only");
        otherLead.get("/reviews");
        otherLead.post("/postings/" + id + "/approve", "version", "1").assertStatus(404);
        otherLead.post("/postings/" + id + "/request-changes", "version", "1", "comment", "No").assertStatus(404);

        WebClient assigned = WebClient.signedInAs("lead");
        Page page = assigned.get("/postings/" + id).assertStatus(200);
        assertThat(page.html()).contains(">Approve</button>", ">Request changes</button>");
        assertThat(assigned.get("/reviews").text()).contains("For Lena only");
    }

    @Test
    void aLeadCannotUseTheManagersPages() {
        WebClient lead = WebClient.signedInAs("lead");
        lead.get("/templates").assertStatus(403);
        lead.post("/templates/backend-developer/clone").assertStatus(403);
        assertThat(lead.get("/").location()).isEqualTo("/reviews");
    }

    @Test
    void aManagerCannotReviewEvenTheirOwnPosting() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = completeDraft(manager, "Self-approval attempt");
        submit(manager, id, "Lena Lead").assertSeeOther();
        manager.get("/reviews").assertStatus(403);
        String version = version(manager.get("/postings/" + id));
        assertThat(manager.get("/postings/" + id).html()).doesNotContain(">Approve</button>");
        manager.post("/postings/" + id + "/approve", "version", version).assertStatus(403);
    }

    @Test
    void aLeadWhoAlsoWritesPostingsCannotRouteOneToThemself() {
        long myId = People.account("both", "Bo Both", Role.MANAGER, Role.LEAD);
        WebClient both = People.signedInAs("both");
        long id = completeDraft(both, "My own review");
        Page page = both.get("/postings/" + id);
        assertThat(page.html()).doesNotContain(">Bo Both</option>");
        Page refused = both.post("/postings/" + id + "/submit", Form.of("version", version(page), "lead", myId))
                .assertStatus(409);
        assertThat(refused.text()).contains("You can't review your own posting");
    }

    @Test
    void anAdminSeesEveryPostingButTakesNoWorkflowStep() {
        WebClient manager = WebClient.signedInAs("manager2");
        long id = completeDraft(manager, "Visible to the admin");

        WebClient admin = WebClient.signedInAs("admin");
        assertThat(admin.get("/postings").text()).contains("All postings", "Visible to the admin", "Milo Manager");
        admin.get("/postings/" + id).assertStatus(200);
        String version = "1";
        admin.get("/postings/" + id + "/edit").assertStatus(403);
        admin.post("/postings/" + id + "/publish", "version", version).assertStatus(403);
        // Admins may approve (as a second approver the policy names), but only what waits on them.
        assertThat(admin.post("/postings/" + id + "/approve", "version", version).assertStatus(409).text())
                .contains("can't be approved");
    }

    @Test
    void signingOutEndsTheSession() {
        WebClient manager = WebClient.signedInAs("manager");
        manager.get("/postings").assertStatus(200);
        assertThat(manager.post("/logout").assertSeeOther()).isEqualTo("/login");
        assertThat(manager.get("/postings").status()).isEqualTo(302);
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        var foreign = io.restassured.RestAssured.given().redirects().follow(false)
                .header("Origin", "https://attacker.example").contentType("application/x-www-form-urlencoded")
                .formParams(Form.of("j_username", "manager", "j_password", WebClient.DEMO_PASSWORD))
                .post("/j_security_check");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.getCookie("jobdesk-session")).isNull();
        var ownPage = io.restassured.RestAssured.given().redirects().follow(false)
                .header("Origin", "http://localhost:8081").contentType("application/x-www-form-urlencoded")
                .formParams(Form.of("j_username", "manager", "j_password", WebClient.DEMO_PASSWORD))
                .post("/j_security_check");
        assertThat(ownPage.statusCode()).isEqualTo(302);
        assertThat(ownPage.getCookie("jobdesk-session")).isNotNull();
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        WebClient visitor = WebClient.anonymous();
        visitor.get("/login");
        Page refused = visitor.postRaw("/j_security_check", Form.of("j_username", "manager", "j_password", "nope"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).isEqualTo("/login?failed=true");
        assertThat(visitor.get("/login?failed=true").text())
                .contains("That username and password don't match an account.");
    }
}
