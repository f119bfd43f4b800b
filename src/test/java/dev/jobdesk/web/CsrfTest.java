package dev.jobdesk.web;

import static dev.jobdesk.support.PostingSteps.approvedPosting;
import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.submit;
import static dev.jobdesk.support.PostingSteps.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.PasswordReset;
import dev.jobdesk.account.ReviewDelegation;
import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.RetiredTemplate;
import dev.jobdesk.company.SecondApproval;
import dev.jobdesk.company.Team;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.SectionComment;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.People;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.Templates;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state-changing route, sent by someone allowed to use it with a form that would succeed, but
 * without the page's CSRF token (as a forged cross-site form would be): refused with 400 and nothing
 * changed. The same form with the token then succeeds and changes what was watched, so no case
 * passes merely because the request was wrong in some other way.
 */
@QuarkusTest
class CsrfTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A user on the page of a form, holding what that form would send. */
    record Attempt(WebClient user, String path, Map<String, Object> form, Supplier<Object> watched) {
    }

    static Stream<Arguments> stateChangingRoutes() {
        return Stream.of(
                route("POST /templates/{slug}/clone", () -> {
                    WebClient manager = WebClient.signedInAs("manager");
                    manager.get(PostingSteps.TEMPLATE);
                    return new Attempt(manager, PostingSteps.TEMPLATE + "/clone", Form.of(), () -> inTransaction(() -> Posting.count()));
                }),
                route("POST /postings/{id} (Save draft)", () -> {
                    WebClient manager = WebClient.signedInAs("manager");
                    long id = completeDraft(manager, "Saved by its owner " + SEQUENCE.incrementAndGet());
                    Map<String, Object> form = editForm(manager, id);
                    form.put("title", "Retitled");
                    return new Attempt(manager, "/postings/" + id, form, () -> posting(id).version());
                }),
                route("POST /postings/{id}/submit", () -> {
                    WebClient manager = WebClient.signedInAs("manager");
                    long id = completeDraft(manager, "Submitted " + SEQUENCE.incrementAndGet());
                    Page page = manager.get("/postings/" + id);
                    return new Attempt(manager, "/postings/" + id + "/submit",
                            Form.of("version", version(page), "lead", page.optionValue("lead", "Lena Lead")), status(id));
                }),
                route("POST /postings/{id}/withdraw", () -> inReview("withdraw", "manager")),
                route("POST /postings/{id}/approve", () -> inReview("approve", "lead")),
                route("POST /postings/{id}/request-changes", () -> {
                    Attempt attempt = inReview("request-changes", "lead");
                    attempt.form().put("comment", "Say more about on-call.");
                    return attempt;
                }),
                route("POST /postings/{id}/publish", () -> {
                    WebClient manager = WebClient.signedInAs("manager");
                    long id = approvedPosting(manager, WebClient.signedInAs("lead"), "Published " + SEQUENCE.incrementAndGet());
                    return step(manager, id, "publish");
                }),
                route("POST /postings/{id}/comments", () -> {
                    WebClient manager = WebClient.signedInAs("manager");
                    long id = completeDraft(manager, "Commented " + SEQUENCE.incrementAndGet());
                    submit(manager, id, "Lena Lead").assertSeeOther();
                    WebClient lead = WebClient.signedInAs("lead");
                    lead.get("/postings/" + id);
                    return new Attempt(lead, "/postings/" + id + "/comments", Form.of("section", "KPI",
                            "sectionText", "An on-call KPI."), () -> inTransaction(() -> SectionComment.count()));
                }),
                route("POST /postings/{id}/reassign-review", () -> {
                    WebClient manager = WebClient.signedInAs("manager");
                    long id = completeDraft(manager, "Reassigned " + SEQUENCE.incrementAndGet());
                    submit(manager, id, "Lena Lead").assertSeeOther();
                    WebClient admin = WebClient.signedInAs("admin");
                    Page page = admin.get("/postings/" + id);
                    return new Attempt(admin, "/postings/" + id + "/reassign-review", Form.of("version", version(page),
                            "lead", page.optionValue("lead", "Luca Lead")),
                            () -> inTransaction(() -> Posting.<Posting>findById(id).approvals().reviewer().id));
                }),
                route("POST /postings/{id}/owner", () -> {
                    long id = completeDraft(WebClient.signedInAs("manager"), "Handed " + SEQUENCE.incrementAndGet());
                    WebClient admin = WebClient.signedInAs("admin");
                    Page page = admin.get("/postings/" + id);
                    return new Attempt(admin, "/postings/" + id + "/owner", Form.of("version", version(page),
                            "manager", page.optionValue("manager", "Milo Manager")),
                            () -> inTransaction(() -> Posting.<Posting>findById(id).owner().id));
                }),
                route("POST /postings/{id}/reopen", () -> {
                    WebClient manager = WebClient.signedInAs("manager");
                    long id = approvedPosting(manager, WebClient.signedInAs("lead"), "Reopened " + SEQUENCE.incrementAndGet());
                    PostingSteps.step(manager, id, "publish").assertSeeOther();
                    PostingSteps.step(manager, id, "close").assertSeeOther();
                    return step(manager, id, "reopen");
                }),
                route("POST /postings/{id}/duplicate", () -> {
                    WebClient manager = WebClient.signedInAs("manager");
                    long id = completeDraft(manager, "Duplicated " + SEQUENCE.incrementAndGet());
                    Attempt attempt = step(manager, id, "duplicate");
                    return new Attempt(manager, attempt.path(), attempt.form(), () -> inTransaction(() -> Posting.count()));
                }),
                route("POST /postings/{id}/close", () -> {
                    WebClient manager = WebClient.signedInAs("manager");
                    long id = approvedPosting(manager, WebClient.signedInAs("lead"), "Closed " + SEQUENCE.incrementAndGet());
                    PostingSteps.step(manager, id, "publish").assertSeeOther();
                    return step(manager, id, "close");
                }),
                route("POST /admin/users", () -> {
                    WebClient admin = WebClient.signedInAs("admin");
                    admin.get("/admin/users");
                    String username = "csrf-new-" + SEQUENCE.incrementAndGet();
                    return new Attempt(admin, "/admin/users", Form.of("username", username, "displayName", "New Person",
                            "email", username + "@example.com", "roles", "MANAGER", "password", "violet-ledger-harbour-3",
                            "passwordAgain", "violet-ledger-harbour-3"), () -> inTransaction(() -> UserAccount.count()));
                }),
                route("POST /admin/users/{id}/disable", () -> userAction("disable", true)),
                route("POST /admin/users/{id}/enable", () -> userAction("enable", false)),
                route("POST /admin/users/{id}/end-sessions", () -> userAction("end-sessions", true)),
                route("POST /templates (New template)", () -> {
                    WebClient admin = WebClient.signedInAs("admin");
                    Map<String, Object> form = admin.get("/templates/new?from=backend-developer").form("template-form");
                    form.put("title", "Csrf template " + SEQUENCE.incrementAndGet());
                    return new Attempt(admin, "/templates", form, () -> inTransaction(() -> JobTemplate.count()));
                }),
                route("POST /templates/{slug} (Save as a new version)", () -> {
                    WebClient admin = WebClient.signedInAs("admin");
                    String slug = Templates.copyOfBackend(admin, "Csrf edited");
                    return new Attempt(admin, "/templates/" + slug, Templates.editorForm(admin, slug),
                            () -> inTransaction(() -> JobTemplate.count("slug", slug)));
                }),
                route("POST /templates/{slug}/retire", () -> templateAction("/retire", false)),
                route("POST /templates/{slug}/restore", () -> templateAction("/restore", true)),
                route("POST /templates/{slug}/adopt", () -> {
                    WebClient admin = WebClient.signedInAs("admin");
                    String slug = Templates.copyOfBackend(admin, "Csrf adopted");
                    QuarkusTransaction.requiringNew().run(() -> {
                        JobTemplate offered = JobTemplate.of(slug, 2, JobTemplate.findBySlug(slug).orElseThrow().content(),
                                Instant.now());
                        offered.offered = true;
                        offered.shippedVersion = 1;
                        offered.persist();
                    });
                    admin.get("/templates/" + slug);
                    return new Attempt(admin, "/templates/" + slug + "/adopt", Form.of("version", "2"),
                            () -> inTransaction(() -> JobTemplate.count("slug", slug)));
                }),
                route("POST /postings/{id}/template-update", () -> templateUpdate("", Form.of("part", "reporting"))),
                route("POST /postings/{id}/template-update/keep", () -> templateUpdate("/keep", Form.of())),
                route("POST /admin/teams", () -> {
                    WebClient admin = WebClient.signedInAs("admin");
                    admin.get("/admin/teams");
                    return new Attempt(admin, "/admin/teams", Form.of("name", "Csrf team " + SEQUENCE.incrementAndGet()),
                            () -> inTransaction(() -> Team.count()));
                }),
                route("POST /admin/teams/{id} (Rename team)", () -> teamAction("",
                        Form.of("name", "Csrf renamed " + SEQUENCE.incrementAndGet()))),
                route("POST /admin/teams/{id}/merge", () -> teamAction("/merge",
                        Form.of("into", inTransaction(() -> Team.byName("Data").orElseThrow().id)))),
                route("POST /admin/teams/{id}/remove", () -> teamAction("/remove", Form.of())),
                route("POST /admin/settings/second-approvals", () -> {
                    String team = PostingSteps.team("Csrf approvals " + SEQUENCE.incrementAndGet());
                    WebClient admin = WebClient.signedInAs("admin");
                    Page page = admin.get("/admin/settings");
                    return new Attempt(admin, "/admin/settings/second-approvals", Form.of("subject",
                            page.optionValue("subject", team), "approver", page.optionValue("approver", "Luca Lead")),
                            () -> inTransaction(() -> SecondApproval.count()));
                }),
                route("POST /admin/settings/second-approvals/{id}/remove", () -> {
                    String team = PostingSteps.team("Csrf approvals " + SEQUENCE.incrementAndGet());
                    WebClient admin = WebClient.signedInAs("admin");
                    Page page = admin.get("/admin/settings");
                    admin.post("/admin/settings/second-approvals", Form.of("subject", page.optionValue("subject", team),
                            "approver", page.optionValue("approver", "Luca Lead"))).assertSeeOther();
                    long id = inTransaction(() -> SecondApproval.<SecondApproval>find("team.name", team).firstResult().id);
                    admin.get("/admin/settings");
                    return new Attempt(admin, "/admin/settings/second-approvals/" + id + "/remove", Form.of(),
                            () -> inTransaction(() -> SecondApproval.count()));
                }),
                route("POST /admin/settings/publish-policy", () -> {
                    WebClient admin = WebClient.signedInAs("admin");
                    Page settings = admin.get("/admin/settings");
                    // The shipped policy, with a limit no posting reaches: other tests see no difference.
                    return new Attempt(admin, "/admin/settings/publish-policy", Form.of("salary", "COUNTRIES",
                            "salaryPlaces", settings.document().select("#salaryPlaces option[selected]").eachAttr("value"), "maxWords", String.valueOf(19_000 + SEQUENCE.incrementAndGet())),
                            () -> WebClient.signedInAs("admin").get("/admin/settings").fieldValue("maxWords"));
                }),
                route("POST /account/delegate", () -> {
                    String username = newUser(true, Role.LEAD);
                    WebClient lead = People.signedInAs(username);
                    Page page = lead.get("/account");
                    return new Attempt(lead, "/account/delegate", Form.of("delegate", page.optionValue("delegate", "Luca Lead"),
                            "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusDays(3).toString()),
                            () -> inTransaction(() -> ReviewDelegation.count("lead.username", username)));
                }),
                route("POST /account/delegate/end", () -> {
                    String username = newUser(true, Role.LEAD);
                    WebClient lead = People.signedInAs(username);
                    Page page = lead.get("/account");
                    lead.post("/account/delegate", Form.of("delegate", page.optionValue("delegate", "Luca Lead"),
                            "startsOn", LocalDate.now().toString(), "endsOn", LocalDate.now().plusDays(3).toString()))
                            .assertSeeOther();
                    lead.get("/account");
                    return new Attempt(lead, "/account/delegate/end", Form.of(),
                            () -> inTransaction(() -> ReviewDelegation.count("lead.username", username)));
                }),
                route("POST /password-reset", () -> {
                    WebClient visitor = WebClient.anonymous();
                    visitor.get("/password-reset");
                    return new Attempt(visitor, "/password-reset", Form.of("who", "csrf-nobody"),
                            () -> inTransaction(() -> PasswordReset.count()));
                }),
                route("POST /admin/users/{id}/temporary-password", () -> {
                    String username = newUser(true);
                    long id = inTransaction(() -> UserAccount.findByUsername(username).orElseThrow().id);
                    WebClient admin = WebClient.signedInAs("admin");
                    admin.get("/admin/users/" + id);
                    return new Attempt(admin, "/admin/users/" + id + "/temporary-password",
                            Form.of("password", "amber-orchard-violin-9", "passwordAgain", "amber-orchard-violin-9"),
                            () -> inTransaction(() -> UserAccount.findByUsername(username).orElseThrow().passwordHash));
                }),
                route("POST /account/mail", () -> {
                    String username = newUser(true);
                    WebClient user = People.signedInAs(username);
                    user.get("/account");
                    return new Attempt(user, "/account/mail", Form.of(),
                            () -> inTransaction(() -> UserAccount.findByUsername(username).orElseThrow().mailEnabled));
                }),
                route("POST /account/password", () -> {
                    String username = newUser(true);
                    WebClient user = People.signedInAs(username);
                    user.get("/account");
                    return new Attempt(user, "/account/password", Form.of("currentPassword", People.PASSWORD,
                            "newPassword", "copper-lantern-meadow-8", "newPasswordAgain", "copper-lantern-meadow-8"),
                            () -> inTransaction(() -> UserAccount.findByUsername(username).orElseThrow().passwordHash));
                }),
                route("POST /logout", () -> {
                    WebClient manager = WebClient.signedInAs("manager");
                    manager.get("/postings");
                    return new Attempt(manager, "/logout", Form.of(), () -> manager.get("/account").status());
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stateChangingRoutes")
    void refusesTheRequestWithoutItsTokenAndChangesNothing(String route, Supplier<Attempt> prepare) {
        Attempt attempt = prepare.get();
        Object before = attempt.watched().get();

        Map<String, Object> forged = new HashMap<>(attempt.form());
        forged.remove("csrf-token");
        assertThat(attempt.user().postRaw(attempt.path(), forged).status()).as("without a token").isEqualTo(400);
        assertThat(attempt.watched().get()).as("after the request without a token").isEqualTo(before);

        forged.put("csrf-token", "forged");
        assertThat(attempt.user().postRaw(attempt.path(), forged).status()).as("with a forged token").isEqualTo(400);
        assertThat(attempt.watched().get()).as("after the request with a forged token").isEqualTo(before);

        assertThat(attempt.user().post(attempt.path(), attempt.form()).status()).as("with the page's token").isEqualTo(303);
        assertThat(attempt.watched().get()).as("after the request with the page's token").isNotEqualTo(before);
    }

    @Test
    void pagesCarrySecurityHeadersAndSignedInPagesAreNotCached() {
        WebClient manager = WebClient.signedInAs("manager");
        var response = manager.get("/postings").response();
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-XSS-Protection")).isEqualTo("0");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(manager.cookies()).containsKey("jobdesk-session");
    }

    private static Arguments route(String name, Supplier<Attempt> prepare) {
        return Arguments.of(name, prepare);
    }

    /** A draft of a template that changed since: taking a part of the change, or keeping the rest. */
    private static Attempt templateUpdate(String action, Map<String, Object> form) {
        WebClient admin = WebClient.signedInAs("admin");
        WebClient manager = WebClient.signedInAs("manager");
        String slug = Templates.copyOfBackend(admin, "Csrf updated");
        long id = Templates.cloneOf(manager, slug);
        Map<String, Object> template = Templates.editorForm(admin, slug);
        template.put("reportsTo", "Csrf lead");
        admin.post("/templates/" + slug, template).assertSeeOther();
        form.put("version", manager.get("/postings/" + id + "/edit").fieldValue("version"));
        return new Attempt(manager, "/postings/" + id + "/template-update" + action, form, () -> posting(id).version());
    }

    /** Retires or restores a template of its own, retired first for restore. */
    private static Attempt templateAction(String action, boolean retiredFirst) {
        WebClient admin = WebClient.signedInAs("admin");
        String slug = Templates.copyOfBackend(admin, "Csrf retired");
        if (retiredFirst) {
            admin.get("/templates/" + slug);
            admin.post("/templates/" + slug + "/retire").assertSeeOther();
        }
        admin.get("/templates/" + slug);
        return new Attempt(admin, "/templates/" + slug + action, Form.of(),
                () -> inTransaction(() -> RetiredTemplate.count("slug", slug)));
    }

    private static Attempt inReview(String step, String actor) {
        WebClient manager = WebClient.signedInAs("manager");
        long id = completeDraft(manager, "In review " + SEQUENCE.incrementAndGet());
        submit(manager, id, "Lena Lead").assertSeeOther();
        return step("manager".equals(actor) ? manager : WebClient.signedInAs(actor), id, step);
    }

    private static Attempt step(WebClient user, long id, String step) {
        Page page = user.get("/postings/" + id).assertStatus(200);
        return new Attempt(user, "/postings/" + id + "/" + step, Form.of("version", version(page)), status(id));
    }

    private static Attempt userAction(String action, boolean enabled) {
        String username = newUser(enabled);
        long id = inTransaction(() -> UserAccount.findByUsername(username).orElseThrow().id);
        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/users");
        return new Attempt(admin, "/admin/users/" + id + "/" + action, Form.of(), () -> inTransaction(() -> {
            UserAccount user = UserAccount.<UserAccount>findById(id);
            return List.of(user.enabled, String.valueOf(user.sessionsValidAfter));
        }));
    }

    /** The admin on the page of a new team, about to send {@code form} to the team's {@code action}. */
    private static Attempt teamAction(String action, Map<String, Object> form) {
        String name = PostingSteps.team("Csrf target " + SEQUENCE.incrementAndGet());
        long id = inTransaction(() -> Team.byName(name).orElseThrow().id);
        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/teams/" + id);
        return new Attempt(admin, "/admin/teams/" + id + action, form,
                () -> inTransaction(() -> Team.<Team>findByIdOptional(id).map(team -> team.name).orElse("gone")));
    }

    private static String newUser(boolean enabled) {
        return newUser(enabled, Role.MANAGER);
    }

    private static String newUser(boolean enabled, Role role) {
        String username = "csrf-user-" + SEQUENCE.incrementAndGet();
        long id = People.account(username, "Csrf Target", role);
        QuarkusTransaction.requiringNew().run(() -> UserAccount.<UserAccount>findById(id).enabled = enabled);
        return username;
    }

    private static Supplier<Object> status(long id) {
        return () -> posting(id).status();
    }

    private static Posting posting(long id) {
        return inTransaction(() -> Posting.<Posting>findById(id));
    }

    private static <T> T inTransaction(Supplier<T> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }
}
