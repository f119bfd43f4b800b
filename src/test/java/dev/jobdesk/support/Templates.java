package dev.jobdesk.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Templates of a test's own, so that editing, retiring or adopting never changes the shipped ones
 * every other test clones: an admin copies Backend Developer under a new title.
 */
public final class Templates {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Templates() {
    }

    /** A new template copied from Backend Developer, named {@code title} and a number; returns its slug. */
    public static String copyOfBackend(WebClient admin, String title) {
        Map<String, Object> form = admin.get("/templates/new?from=backend-developer").assertStatus(200)
                .form("template-form");
        form.put("title", title + " " + SEQUENCE.incrementAndGet());
        String location = admin.post("/templates", form).assertSeeOther();
        assertTrue(location.startsWith("/templates/"), "a new template redirects to its page, not " + location);
        return location.substring("/templates/".length());
    }

    /** The template editor's form as the page fills it in. */
    public static Map<String, Object> editorForm(WebClient admin, String slug) {
        return admin.get("/templates/" + slug + "/edit").assertStatus(200).form("template-form");
    }

    /** Clones the template {@code slug} into a draft of {@code manager}'s; returns the draft's id. */
    public static long cloneOf(WebClient manager, String slug) {
        manager.get("/templates/" + slug).assertStatus(200);
        String location = manager.post("/templates/" + slug + "/clone").assertSeeOther();
        return Long.parseLong(location.replaceAll("\\D+", ""));
    }
}
