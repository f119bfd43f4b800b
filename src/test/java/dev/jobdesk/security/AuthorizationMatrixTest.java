package dev.jobdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
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
 * Outcomes: OK (allowed; a workflow refusal such as 409 still counts as allowed), LOGIN (sent to sign
 * in), DENIED (403: not for this role), HIDDEN (404: someone else's posting).
 * Steps are posted with a stale version, so an allowed step is refused by the workflow and nothing changes.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String[] USERS = {"anonymous", "manager", "manager2", "lead", "lead2", "admin"};

    private static final String MATRIX = """
            route                                 | anonymous | manager | manager2 | lead   | lead2  | admin
            GET /                                 | OK        | OK      | OK       | OK     | OK     | OK
            GET /careers                          | OK        | OK      | OK       | OK     | OK     | OK
            GET /login                            | OK        | OK      | OK       | OK     | OK     | OK
            POST /logout                          | OK        | OK      | OK       | OK     | OK     | OK
            GET /q/health/ready                   | HIDDEN    | HIDDEN  | HIDDEN   | HIDDEN | HIDDEN | HIDDEN
            GET /q/metrics                        | HIDDEN    | HIDDEN  | HIDDEN   | HIDDEN | HIDDEN | HIDDEN
            GET /templates                        | LOGIN     | OK      | OK       | DENIED | DENIED | OK
            GET /templates/backend-developer      | LOGIN     | OK      | OK       | DENIED | DENIED | OK
            GET /account                          | LOGIN     | OK      | OK       | OK     | OK     | OK
            POST /account/password                | LOGIN     | OK      | OK       | OK     | OK     | OK
            POST /templates/astronaut/clone       | LOGIN     | HIDDEN  | HIDDEN   | DENIED | DENIED | DENIED
            GET /postings                         | LOGIN     | OK      | OK       | OK     | OK     | OK
            GET /postings/{id}                    | LOGIN     | OK      | HIDDEN   | OK     | HIDDEN | OK
            GET /postings/{id}/edit               | LOGIN     | OK      | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}                   | LOGIN     | OK      | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/submit            | LOGIN     | OK      | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/withdraw          | LOGIN     | OK      | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/publish           | LOGIN     | OK      | HIDDEN   | DENIED | DENIED | DENIED
            POST /postings/{id}/close             | LOGIN     | OK      | HIDDEN   | DENIED | DENIED | DENIED
            GET /reviews                          | LOGIN     | DENIED  | DENIED   | OK     | OK     | DENIED
            POST /postings/{id}/approve           | LOGIN     | DENIED  | DENIED   | OK     | HIDDEN | DENIED
            POST /postings/{id}/request-changes   | LOGIN     | DENIED  | DENIED   | OK     | HIDDEN | DENIED
            GET /admin/users                      | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | OK
            POST /admin/users                     | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | OK
            POST /admin/users/{user}/disable      | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | OK
            POST /admin/users/{user}/enable       | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | OK
            POST /admin/users/{user}/end-sessions | LOGIN     | DENIED  | DENIED   | DENIED | DENIED | OK
            """;

    private static long postingId;
    private static long userId;

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
        String path = parts[1].replace("{id}", String.valueOf(postingId)).replace("{user}", String.valueOf(userId));
        WebClient client = "anonymous".equals(user) ? WebClient.anonymous() : WebClient.signedInAs(user);
        client.get("/careers"); // a page that carries a CSRF token, so a refusal is never the token's
        Page answer = "GET".equals(parts[0]) ? client.get(path)
                : client.post(path, Form.of("version", "0", "lead", "0", "comment", "Matrix", "title", "Matrix"));
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
            default -> status < 500 ? "OK" : "ERROR " + status;
        };
    }

    private static synchronized void prepareFixture() {
        if (postingId != 0) {
            return;
        }
        WebClient manager = WebClient.signedInAs("manager");
        postingId = PostingSteps.completeDraft(manager, "Authorization matrix");
        PostingSteps.submit(manager, postingId, "Lena Lead").assertSeeOther();
        userId = QuarkusTransaction.requiringNew().call(() -> UserAccount.findByUsername("matrix-user")
                .orElseGet(() -> {
                    UserAccount user = UserAccount.create("matrix-user", "Matrix User", "matrix@example.com",
                            "plum-harbour-quietly-7", Role.MANAGER);
                    user.persist();
                    return user;
                }).id);
    }
}
