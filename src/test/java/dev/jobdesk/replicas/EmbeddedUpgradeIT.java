package dev.jobdesk.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A data folder written by an earlier embedded default keeps working: the database file that the
 * build on H2 2.4.240 wrote (src/test/resources/embedded, made by a journey through that build:
 * one posting published, one closed, one sent back, one in review, one draft) opens with this
 * build's H2, shows what it held, and takes new writes.
 */
class EmbeddedUpgradeIT extends SingleReplica {

    private static final int PORT = 18113;

    EmbeddedUpgradeIT() {
        super(PORT);
    }

    @Test
    void aDataFolderFromTheH2_2_4BuildOpensAndTakesWrites() throws Exception {
        assumeFalse(Replica.isPostgresBuild(), "the embedded default's data folder");
        Path dataDir = Files.createDirectories(Path.of("target", "upgrade-h2-" + System.nanoTime()));
        try (InputStream written = new GZIPInputStream(
                Files.newInputStream(Path.of("src/test/resources/embedded/jobdesk-h2-2.4.240.mv.db.gz")))) {
            Files.copy(written, dataDir.resolve("jobdesk.mv.db"));
        }
        replica = Replica.onH2(PORT, dataDir).start();

        WebClient manager = WebClient.anonymous().at(PORT).signIn("manager", WebClient.DEMO_PASSWORD);
        assertThat(manager.get("/postings").assertStatus(200).text())
                .contains("Backend Engineer, Payments", "Platform Engineer", "Data Engineer", "Backend Engineer, Closed");
        assertThat(WebClient.anonymous().at(PORT).get("/careers").assertStatus(200).text())
                .contains("Backend Engineer, Payments").doesNotContain("Backend Engineer, Closed");

        long sentBack = 2;
        Map<String, Object> form = PostingSteps.editForm(manager, sentBack);
        form.put("title", "Platform Engineer, on-call named");
        PostingSteps.save(manager, sentBack, form).assertSeeOther();
        PostingSteps.submit(manager, sentBack, "Lena Lead").assertSeeOther();
        WebClient lead = WebClient.anonymous().at(PORT).signIn("lead", WebClient.DEMO_PASSWORD);
        PostingSteps.step(lead, sentBack, "approve").assertSeeOther();
        PostingSteps.step(manager, sentBack, "publish").assertSeeOther();
        assertThat(PostingSteps.cloneDraft(manager)).as("a new draft after the five written before").isGreaterThan(5);
    }
}
