package dev.jobdesk.web;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Form;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A state-changing POST without the page's CSRF token is refused and changes nothing. */
@QuarkusTest
class CsrfTest {

    @Test
    void aSaveWithoutTheTokenIsRefused() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = completeDraft(manager, "Guarded by a token");
        Map<String, Object> form = editForm(manager, id);
        form.remove("csrf-token");
        form.put("title", "Forged");
        assertThat(manager.postRaw("/postings/" + id, form).status()).isEqualTo(400);
        assertThat(manager.get("/postings/" + id).text()).contains("Guarded by a token").doesNotContain("Forged");
    }

    @Test
    void aStepWithAForgedTokenIsRefused() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = completeDraft(manager, "Not withdrawn by a forger");
        manager.get("/postings/" + id);
        assertThat(manager.postRaw("/postings/" + id + "/publish", Form.of("version", "1", "csrf-token", "forged"))
                .status()).isEqualTo(400);
        assertThat(manager.postRaw("/templates/backend-developer/clone", Form.of()).status()).isEqualTo(400);
        assertThat(status(manager, id)).isEqualTo("draft");
    }

    @Test
    void pagesCarrySecurityHeadersAndSignedInPagesAreNotCached() {
        WebClient manager = WebClient.signedInAs("manager");
        var response = manager.get("/postings").response();
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(manager.cookies()).containsKey("jobdesk-session");
    }
}
