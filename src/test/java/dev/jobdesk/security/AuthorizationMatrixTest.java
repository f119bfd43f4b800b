package dev.jobdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.company.Team;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.People;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what: the one table of every route and every kind of user, each cell checked with a
 * real login. The fixture is a posting owned by {@code manager}, in review with {@code lead}.
 * Outcomes: the exact status of an allowed call (a workflow refusal such as 409, a form refused as
 * invalid with 400, a 303 to the next page), LOGIN (sent to sign in), DENIED (403: not for this
 * role), HIDDEN (404: someone else's posting, or a route that is not on the public port).
 * Steps are posted with a stale version, so an allowed step is refused by the workflow and nothing changes.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String[] USERS = {"anonymous", "manager", "manager2", "lead", "lead2", "admin"};

    private static final String MATRIX = """
            route                                          | anonymous | manager | manager2 | lead   | lead2  | admin
            GET /                                          | 303       | 303     | 303      | 303    | 303    | 303
            GET /careers                                   | 200       | 200     | 200      | 200    | 200    | 200
            GET /robots.txt                                | 200       | 200     | 200      | 200    | 200    | 200
            GET /sitemap.xml                               | 200       | 200     | 200      | 200    | 200    | 200
            GET /feeds/careers.atom                        | 200       | 200     | 200      | 200    | 200    | 200
            GET /feeds/jobs.xml                            | 200       | 200     | 200      | 200    | 200    | 200
            GET /api/v1/postings                           | 200       | 200     | 200      | 200    | 200    | 200
            GET /api/v1/openapi.json                       | 200       | 200     | 200      | 200    | 200    | 200
            GET /login                                     | 200       | 303     | 303      | 303    | 303    | 303
            GET /password-reset                            | 200       | 200     | 200      | 200    | 200    | 200
            POST /password-reset                           | 400       | 303     | 303      | 303    | 303    | 303
            GET /password-reset/new                        | 410       | 410     | 410      | 410    | 410    | 410
            POST /password-reset/new                       | 400       | 410     | 410      | 410    | 410    | 410
            POST /logout                                   | 400       | 303     | 303      | 303    | 303    | 303
            GET /q/health/ready                            | HIDDEN    | HIDDEN  | HIDDEN   | HIDDEN | HIDDEN | HIDDEN
            GET /q/metrics                                 | HIDDEN    | HIDDEN  | HIDDEN   | HIDDEN | HIDDEN | HIDDEN
            GET /templates                                 | LOGIN     | 200     | 200      | DENIED | DENIED | 200
            GET /templates/backend-developer               | LOGIN     | 200     | 200      | DENIED | DENIED | 200
            GET /account                                   | LOGIN     | 200     | 200      | 200    | 200    | 200
            POST /account/password                         | LOGIN     | 400     | 400      | 400    | 400    | 400
            POST /account/mail                             | LOGIN     | 303     | 303      | 303    | 303    | 303
            POST /account/delegate                         | LOGIN     | DENIED  | DENIED   | 400    | 400    | DENIED
            POST /account/delegate/end                     | LOGIN     | DENIED  | DENIED   | 303    | 303    | DENIED
            POST /templates/astronaut/clone                | LOGIN     | HIDDEN  | HIDDEN   | DENIED | DENIED | DENIED
            GET /templates/new                             | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            GET /templates/new?posting={id}                | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            POST /templates                                | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 400
            GET /templates/backend-developer/edit          | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            GET /templates/backend-developer.md            | LOGIN     | 200     | 200      | DENIED | DENIED | 200
            POST /templates/import                         | 415       | 415     | 415      | 415    | 415    | 415
            POST /templates/backend-developer/import       | 415       | 415     | 415      | 415    | 415    | 415
            POST /templates/backend-developer              | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 400
            GET /templates/backend-developer/compare       | LOGIN     | 200     | 200      | DENIED | DENIED | 200
            POST /templates/backend-developer/adopt        | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | HIDDEN
            POST /templates/astronaut/retire               | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | HIDDEN
            POST /templates/astronaut/restore              | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | HIDDEN
            GET /postings                                  | LOGIN     | 200     | 200      | 200    | 200    | 200
            GET /postings/{id}                             | LOGIN     | 200     | HIDDEN   | 200    | HIDDEN | 200
            GET /postings/{id}/edit                        | LOGIN     | 303     | HIDDEN   | DENIED | DENIED | DENIED
            GET /postings/{id}/preview                     | LOGIN     | 200     | HIDDEN   | 200    | HIDDEN | 200
            GET /postings/{id}.md                          | LOGIN     | 200     | HIDDEN   | DENIED | DENIED | 200
            GET /postings/{id}/compare                     | LOGIN     | 200     | HIDDEN   | 200    | HIDDEN | 200
            POST /postings/{id}                            | LOGIN     | 400     | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/submit                     | LOGIN     | 409     | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/withdraw                   | LOGIN     | 409     | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/publish                    | LOGIN     | 409     | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/comments                   | LOGIN     | DENIED  | DENIED   | 400    | 409    | 409
            POST /postings/{id}/reassign-review            | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 409
            POST /postings/{id}/owner                      | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 409
            POST /postings/{id}/reopen                     | LOGIN     | 409     | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/duplicate                  | LOGIN     | 409     | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/close                      | LOGIN     | 409     | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/template-update            | LOGIN     | 409     | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/template-update/keep       | LOGIN     | 409     | HIDDEN   | DENIED | DENIED | DENIED
            GET /reviews                                   | LOGIN     | DENIED  | DENIED   | 200    | 200    | 200
            POST /postings/{id}/approve                    | LOGIN     | DENIED  | DENIED   | 409    | HIDDEN | 409
            POST /postings/{id}/request-changes            | LOGIN     | DENIED  | DENIED   | 409    | HIDDEN | 409
            GET /admin/users                               | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            POST /admin/users                              | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 400
            GET /admin/users/{user}                        | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            POST /admin/users/{user}                       | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 400
            POST /admin/users/{user}/temporary-password    | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 400
            POST /admin/users/{user}/disable               | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 303
            POST /admin/users/{user}/enable                | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 303
            POST /admin/users/{user}/end-sessions          | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 303
            POST /admin/users/{user}/clear-failed-sign-ins | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 303
            GET /admin/teams                               | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            POST /admin/teams                              | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 400
            GET /admin/teams/{team}                        | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            POST /admin/teams/{team}                       | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 400
            POST /admin/teams/{team}/merge                 | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 409
            POST /admin/teams/{team}/remove                | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 409
            GET /admin/settings                            | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            GET /admin/outbox                              | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            GET /admin/audit                               | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            GET /admin/audit.csv                           | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 200
            POST /admin/settings                           | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 400
            POST /admin/settings/logo                      | 415       | 415     | 415      | 415    | 415    | 415
            POST /admin/settings/logo/remove               | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 303
            POST /admin/settings/second-approvals          | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 400
            POST /admin/settings/publish-policy            | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | 400
            POST /admin/settings/second-approvals/0/remove | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | HIDDEN
            GET /company/logo                              | HIDDEN    | HIDDEN  | HIDDEN   | HIDDEN | HIDDEN | HIDDEN
            """;

    private static long postingId;
    private static long userId;
    /** A team the fixture posting names, so it can be neither removed nor merged into nothing. */
    private static long teamId;

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        String[] lines = MATRIX.strip().split("\n");
        for (int row = 1; row < lines.length; row++) {
            String[] columns = lines[row].split("\\|");
            for (int user = 0; user < USERS.length; user++) {
                cells.add(Arguments.of(columns[0].strip(), USERS[user], columns[user + 1].strip()));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void everyRouteAnswersEveryKindOfUserAsTheTableSays(String route, String user, String expected) {
        prepareFixture();
        String[] parts = route.split(" ", 2);
        String path = parts[1].replace("{id}", String.valueOf(postingId)).replace("{user}", String.valueOf(userId))
                .replace("{team}", String.valueOf(teamId));
        WebClient client = "anonymous".equals(user) ? WebClient.anonymous() : WebClient.signedInAs(user);
        // A page whose form carries a CSRF token, so a refusal is never the token's (public pages set none).
        client.get("anonymous".equals(user) ? "/login" : "/careers");
        Page answer = "GET".equals(parts[0]) ? client.get(path)
                : client.post(path, Form.of("version", "0", "lead", "0", "comment", "Matrix", "title", "Matrix",
                        "mail", "on"));
        assertThat(outcome(answer)).as("%s as %s (HTTP %d)", route, user, answer.status()).isEqualTo(expected);
    }

    private static String outcome(Page answer) {
        int status = answer.status();
        if (status == 302 && "/login".equals(answer.location())) {
            return "LOGIN";
        }
        return switch (status) {
            case 403 -> "DENIED";
            case 404 -> "HIDDEN";
            default -> String.valueOf(status);
        };
    }

    private static synchronized void prepareFixture() {
        if (postingId != 0) {
            return;
        }
        WebClient manager = WebClient.signedInAs("manager");
        postingId = PostingSteps.completeDraft(manager, "Authorization matrix");
        PostingSteps.submit(manager, postingId, "Lena Lead").assertSeeOther();
        userId = People.account("matrix-user", "Matrix User", Role.MANAGER);
        teamId = QuarkusTransaction.requiringNew().call(() -> Team.byName("Platform").orElseThrow().id);
    }
}
