package dev.jobdesk.catalog;

import static dev.jobdesk.support.PostingSteps.list;
import static dev.jobdesk.support.Templates.copyOfBackend;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates out as Markdown and back in: the same content, and a file that does not read changes nothing. */
@QuarkusTest
class TemplateImportTest {

    @Test
    void downloadMarkdownGivesTheTemplateWhole() {
        Page download = WebClient.signedInAs("manager").get("/templates/backend-developer.md").assertStatus(200);

        assertThat(download.response().contentType()).startsWith("text/markdown").contains("UTF-8");
        assertThat(download.response().header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"backend-developer-v2.md\"");
        TemplateContent shipped = QuarkusTransaction.requiringNew().call(() ->
                JobTemplate.findVersion("backend-developer", 2).orElseThrow().content());
        assertThat(TemplateMarkdown.read(download.response().asString()).content()).isEqualTo(shipped);
    }

    @Test
    void anImportedFileOpensInTheEditorAndBecomesATemplateWhenSaved() {
        WebClient admin = WebClient.signedInAs("admin");
        String markdown = admin.get("/templates/platform-engineer.md").response().asString()
                .replace("# Platform Engineer (SRE)", "# Database Reliability Engineer");
        admin.get("/templates");

        Page editor = admin.upload("/templates/import", "file", "dbre.md", markdown.getBytes(StandardCharsets.UTF_8),
                "text/markdown").assertStatus(200);

        Map<String, Object> form = editor.form("template-form");
        assertThat(form).containsEntry("title", "Database Reliability Engineer")
                .containsEntry("changeNote", "Imported from Markdown.").containsEntry("experience_JUNIOR", "0-2 years");
        assertThat(list(form, "MUST_HAVE_JUNIOR").get(0)).startsWith("1+ year running");
        assertThat(editor.text()).contains("Not saved yet");
        assertThat(admin.get("/templates").text()).doesNotContain("Database Reliability Engineer");

        String location = admin.post("/templates", form).assertSeeOther();
        String exported = admin.get(location + ".md").response().asString();
        assertThat(TemplateMarkdown.read(exported).content()).isEqualTo(TemplateMarkdown.read(markdown).content());
    }

    @Test
    void aFileThatDoesNotReadSaysWhereAndWhyAndChangesNothing() {
        WebClient admin = WebClient.signedInAs("admin");
        String slug = copyOfBackend(admin, "Imported over");
        String broken = admin.get("/templates/" + slug + ".md").response().asString()
                .replace("## KPIs", "## Goals");
        long before = QuarkusTransaction.requiringNew().call(() -> JobTemplate.count());
        admin.get("/templates/" + slug);

        Page refused = admin.postMultipart("/templates/" + slug + "/import", Map.of("text", broken)).assertStatus(400);

        assertThat(refused.text()).contains("The Markdown could not be read", "Nothing was imported or changed",
                "\"## Goals\" is not a part of a template", "The part \"## KPIs\" is missing.");
        assertThat(refused.fieldValue("text")).isEqualTo(broken.strip());
        assertThat(QuarkusTransaction.requiringNew().call(() -> JobTemplate.count())).isEqualTo(before);
        assertThat(admin.postMultipart("/templates/import", Map.of("text", " ")).assertStatus(400).text())
                .contains("Choose a Markdown file, or paste its text.");
        assertThat(WebClient.signedInAs("admin").postMultipart("/templates/import", Map.of("text", broken))
                .assertStatus(400).text()).as("without the page's CSRF token").doesNotContain("could not be read");
    }

    @Test
    void aNewVersionIsImportedIntoTheTemplatesEditor() {
        WebClient admin = WebClient.signedInAs("admin");
        String slug = copyOfBackend(admin, "Imported version");
        String markdown = admin.get("/templates/" + slug + ".md").response().asString()
                .replace("- Redis\n", "- Valkey\n");
        admin.get("/templates/" + slug);

        Page editor = admin.postMultipart("/templates/" + slug + "/import", Map.of("text", markdown)).assertStatus(200);

        assertThat(editor.text()).contains("Save as version 2");
        assertThat(list(editor.form("template-form"), "TOOL")).contains("Valkey").doesNotContain("Redis");
        admin.post("/templates/" + slug, editor.form("template-form")).assertSeeOther();
        assertThat(admin.get("/templates/" + slug).text()).contains("Template · version 2", "Valkey",
                "Imported from Markdown.");
        WebClient manager = WebClient.signedInAs("manager");
        manager.get("/templates/" + slug);
        manager.postMultipart("/templates/" + slug + "/import", Map.of("text", markdown)).assertStatus(403);
    }
}
