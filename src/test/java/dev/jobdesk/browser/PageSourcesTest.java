package dev.jobdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Form;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.Templates;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of page as the server sends it , written to {@code target/html-pages} for the W3C Nu
 * HTML checker, which the build runs over them once the tests have passed (the pom's
 * {@code html-validity} step): a page type added here is checked from then on.
 */
@QuarkusTest
class PageSourcesTest {

    static final Path PAGES = Path.of("target", "html-pages");

    @Test
    void everyKindOfPageIsKeptForTheHtmlChecker() throws IOException {
        WebClient manager = WebClient.signedInAs("manager");
        WebClient lead = WebClient.signedInAs("lead");
        WebClient admin = WebClient.signedInAs("admin");
        WebClient anonymous = WebClient.anonymous();
        long live = PostingSteps.approvedPosting(manager, lead, "Checked <Markup> Engineer");
        PostingSteps.step(manager, live, "publish").assertSeeOther();
        String careersPath = PostingSteps.careersPath(manager, live);
        long inReview = PostingSteps.completeDraft(manager, "Checked Review Engineer");
        PostingSteps.submit(manager, inReview, "Lena Lead").assertSeeOther();
        long closed = PostingSteps.approvedPosting(manager, lead, "Checked Closed Engineer");
        PostingSteps.step(manager, closed, "publish").assertSeeOther();
        String closedPath = PostingSteps.careersPath(manager, closed);
        PostingSteps.step(manager, closed, "close").assertSeeOther();
        long draft = PostingSteps.cloneDraft(manager);

        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("careers-list", anonymous.get("/careers").assertStatus(200));
        pages.put("careers-list-filtered", anonymous.get("/careers?workplace=REMOTE&seniority=SENIOR").assertStatus(200));
        pages.put("careers-posting", anonymous.get(careersPath).assertStatus(200));
        pages.put("careers-closed", anonymous.get(closedPath).assertStatus(410));
        pages.put("not-found", anonymous.get("/careers/no-such-job-1").assertStatus(404));
        pages.put("login", anonymous.get("/login").assertStatus(200));
        pages.put("login-failed", anonymous.get("/login?failed=true").assertStatus(200));
        pages.put("password-reset", anonymous.get("/password-reset").assertStatus(200));
        pages.put("password-reset-expired", anonymous.get("/password-reset/new?token=spent").assertStatus(410));
        pages.put("postings", manager.get("/postings").assertStatus(200));
        pages.put("posting-draft", manager.get("/postings/" + draft).assertStatus(200));
        pages.put("posting-live", manager.get("/postings/" + live).assertStatus(200));
        pages.put("posting-closed", manager.get("/postings/" + closed).assertStatus(200));
        pages.put("edit", manager.get("/postings/" + draft + "/edit").assertStatus(200));
        pages.put("edit-invalid", manager.post("/postings/" + draft, Form.of("title", "", "version", "0")).assertStatus(400));
        pages.put("preview", manager.get("/postings/" + draft + "/preview").assertStatus(200));
        pages.put("templates", manager.get("/templates").assertStatus(200));
        pages.put("template", manager.get(PostingSteps.TEMPLATE).assertStatus(200));
        pages.put("template-admin", admin.get(PostingSteps.TEMPLATE).assertStatus(200));
        pages.put("template-editor", admin.get(PostingSteps.TEMPLATE + "/edit").assertStatus(200));
        pages.put("template-editor-invalid", admin.post("/templates", Form.of("title", "", "version", "0"))
                .assertStatus(400));
        pages.put("template-new", admin.get("/templates/new").assertStatus(200));
        pages.put("templates-admin", admin.get("/templates").assertStatus(200));
        pages.put("template-import-refused", admin.postMultipart("/templates/import", Map.of("text", "# Only a title"))
                .assertStatus(400));
        String changed = Templates.copyOfBackend(admin, "Changed since cloned");
        long behind = Templates.cloneOf(manager, changed);
        Map<String, Object> newer = Templates.editorForm(admin, changed);
        newer.put("reportsTo", "Head of Engineering");
        admin.post("/templates/" + changed, newer).assertSeeOther();
        pages.put("edit-template-changed", manager.get("/postings/" + behind + "/edit").assertStatus(200));
        pages.put("template-compare", manager.get(PostingSteps.TEMPLATE + "/compare?from=2&to=2").assertStatus(200));
        pages.put("reviews", lead.get("/reviews").assertStatus(200));
        pages.put("review", lead.get("/postings/" + inReview).assertStatus(200));
        pages.put("compare", manager.get("/postings/" + inReview + "/compare?from=0&to=1").assertStatus(200));
        pages.put("users", admin.get("/admin/users").assertStatus(200));
        pages.put("person", admin.get(admin.get("/admin/users").document().selectFirst("a:contains(Edit)").attr("href"))
                .assertStatus(200));
        pages.put("settings", admin.get("/admin/settings").assertStatus(200));
        pages.put("outbox", admin.get("/admin/outbox").assertStatus(200));
        pages.put("audit", admin.get("/admin/audit").assertStatus(200));
        pages.put("audit-invalid", admin.get("/admin/audit?from=someday").assertStatus(400));
        pages.put("teams", admin.get("/admin/teams").assertStatus(200));
        pages.put("teams-invalid", admin.post("/admin/teams", Form.of("name", "")).assertStatus(400));
        pages.put("team", admin.get(admin.get("/admin/teams").document().selectFirst("a:contains(Rename or merge)")
                .attr("href")).assertStatus(200));
        pages.put("account", manager.get("/account").assertStatus(200));
        pages.put("account-lead", lead.get("/account").assertStatus(200));
        pages.put("forbidden", manager.get("/admin/users").assertStatus(403));

        Files.createDirectories(PAGES);
        for (Map.Entry<String, Page> page : pages.entrySet()) {
            assertThat(page.getValue().html()).as(page.getKey()).startsWith("<!DOCTYPE html>");
            Files.writeString(PAGES.resolve(page.getKey() + ".html"), page.getValue().html());
        }
    }
}
