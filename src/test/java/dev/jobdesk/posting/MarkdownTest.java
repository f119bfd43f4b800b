package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Download Markdown: the whole posting, escaped, for its owner and admins only. */
@QuarkusTest
class MarkdownTest {

    @Test
    void theOwnerDownloadsTheWholePostingAsEscapedMarkdown() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.completeDraft(manager, "Markdown *Star* Engineer");
        Map<String, Object> form = PostingSteps.editForm(manager, id);
        form.put("roleSummary", "# Not a heading\nYou will <b>own</b> [links](javascript:x) and - lists.");
        PostingSteps.save(manager, id, form).assertSeeOther();
        assertThat(manager.get("/postings/" + id).document().select("a[href=/postings/" + id + ".md]").text())
                .isEqualTo("Download Markdown");

        Page download = manager.get("/postings/" + id + ".md").assertStatus(200);
        assertThat(download.response().contentType()).startsWith("text/markdown");
        assertThat(download.response().header("Content-Disposition")).startsWith("attachment; filename=\"posting-" + id);
        String md = download.response().asString();
        assertThat(md).startsWith("# Markdown \\*Star\\* Engineer\n")
                .contains("- **Team:** ", "- **Location:** Berlin, Germany", "## What you will do\n\n- ",
                        "\\# Not a heading", "You will \\<b\\>own\\</b\\> \\[links\\](javascript:x) and - lists.",
                        "## How we measure success");

        WebClient admin = WebClient.signedInAs("admin");
        assertThat(admin.get("/postings/" + id).document().select("a[href=/postings/" + id + ".md]")).isNotEmpty();
        assertThat(admin.get("/postings/" + id + ".md").status()).isEqualTo(200);
        PostingSteps.submit(manager, id, "Lena Lead").assertSeeOther();
        assertThat(WebClient.signedInAs("lead").get("/postings/" + id).document().select("a[href=/postings/" + id + ".md]"))
                .as("the lead deciding on it reads it there, with no download").isEmpty();
        assertThat(WebClient.signedInAs("manager2").get("/postings/" + id + ".md").status()).isEqualTo(404);
        assertThat(WebClient.signedInAs("lead").get("/postings/" + id + ".md").status()).isEqualTo(403);
        assertThat(WebClient.anonymous().get("/postings/" + id + ".md").status()).isIn(302, 401, 303);
    }
}
