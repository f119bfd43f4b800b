package dev.jobdesk.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedded default's backup and restore, with the README's two commands: a backup taken while
 * the app runs, restored into an empty data folder, holds every posting and account.
 */
class EmbeddedBackupIT extends SingleReplica {

    private static final int PORT = 18114;

    EmbeddedBackupIT() {
        super(PORT);
    }

    @Test
    void aBackupRestoredIntoAnEmptyFolderHoldsEveryPostingAndAccount() throws Exception {
        assumeFalse(Replica.isPostgresBuild(), "the embedded default's database");
        Path original = Path.of("target", "backup-h2-" + System.nanoTime());
        replica = Replica.onH2(PORT, original).start();
        WebClient manager = WebClient.anonymous().at(PORT).signIn("manager", WebClient.DEMO_PASSWORD);
        long id = PostingSteps.completeDraft(manager, "Kept by the backup");
        WebClient admin = WebClient.anonymous().at(PORT).signIn("admin", WebClient.DEMO_PASSWORD);
        admin.get("/admin/users").assertStatus(200);
        admin.post("/admin/users", "username", "restored-lead", "displayName", "Rita Restored",
                "email", "rita@example.com", "roles", "LEAD", "password", "restored-password-42",
                "passwordAgain", "restored-password-42").assertSeeOther();

        HttpResponse<String> backup = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + replica.managementPort() + "/backup"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(backup.statusCode()).isEqualTo(200);
        Path zip = Path.of(backup.body().strip());
        assertThat(zip).exists().startsWith(original.toAbsolutePath().resolve("backups"));
        replica.stop();

        Path restored = Files.createDirectories(Path.of("target", "restored-h2-" + System.nanoTime()));
        restore(zip, restored);
        replica = Replica.onH2(PORT, restored).start();
        WebClient again = WebClient.anonymous().at(PORT).signIn("manager", WebClient.DEMO_PASSWORD);
        assertThat(again.get("/postings/" + id).assertStatus(200).text()).contains("Kept by the backup");
        WebClient.anonymous().at(PORT).signIn("restored-lead", "restored-password-42");
    }

    /** The README's restore command, as a person runs it with the app stopped. */
    private static void restore(Path zip, Path dataFolder) throws IOException, InterruptedException {
        String h2;
        try (var jars = Files.list(Path.of("target/quarkus-app/lib/main"))) {
            h2 = jars.map(Path::toString).filter(jar -> jar.contains("com.h2database.h2-")).findFirst().orElseThrow();
        }
        Process restore = new ProcessBuilder("java", "-cp", h2, "org.h2.tools.Restore", "-file", zip.toString(),
                "-dir", dataFolder.toString()).inheritIO().start();
        assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).isZero();
        assertThat(dataFolder.resolve("jobdesk.mv.db")).exists();
    }
}
