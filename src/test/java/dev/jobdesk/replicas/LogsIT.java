package dev.jobdesk.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.support.Form;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the packaged app writes to its log while people sign in, fail to sign in, work and are
 * refused: never a password, a session cookie or a CSRF token; and in the production build, one JSON
 * object per line for the log collector.
 */
class LogsIT extends SingleReplica {

    private static final int PORT = 18113;
    private static final String DATABASE = "jobdesk_logs";
    private static final String WRONG_PASSWORD = "not-the-password-7731";

    LogsIT() {
        super(PORT, DATABASE);
    }

    @Test
    void theLogHoldsNoSecretAndIsJsonInProduction() throws Exception {
        Files.deleteIfExists(Replica.logOf(PORT));
        WebClient manager = startWithManager();

        WebClient stranger = WebClient.anonymous().at(PORT);
        stranger.get("/login");
        stranger.postRaw("/j_security_check", Form.of("j_username", "manager", "j_password", WRONG_PASSWORD));
        long id = PostingSteps.cloneDraft(manager);
        Map<String, Object> form = PostingSteps.editForm(manager, id);
        String csrfToken = (String) form.get("csrf-token");
        form.remove("csrf-token");
        manager.postRaw("/postings/" + id, form).assertStatus(400);
        manager.get("/postings/999999").assertStatus(404);
        replica.stop();

        String log = Files.readString(Replica.logOf(PORT));
        assertThat(log).as("the log").contains("started in");
        // The embedded default names its demo password in the log on purpose; a typed wrong one stands in for it.
        List<String> secrets = new ArrayList<>(List.of(WRONG_PASSWORD, csrfToken,
                manager.cookies().get("jobdesk-session"), manager.cookies().get("jobdesk-login")));
        if (Replica.isPostgresBuild()) {
            secrets.add(Replica.PASSWORD);
        }
        for (String secret : secrets) {
            assertThat(secret).isNotBlank();
            assertThat(log).as("the log").doesNotContain(secret);
        }
        if (Replica.isPostgresBuild()) {
            ObjectMapper json = new ObjectMapper();
            for (String line : log.lines().filter(line -> !line.isBlank()).toList()) {
                assertThat(json.readTree(line).has("message")).as(line).isTrue();
            }
        }
    }
}
