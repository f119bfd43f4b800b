package dev.jobdesk.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The steps of the workflow as a person takes them through the pages: read the page, use its form. */
public final class PostingSteps {

    public static final String TEMPLATE = "/templates/backend-developer";
    private static final Pattern EDIT_PAGE = Pattern.compile("/postings/(\\d+)/edit");

    private PostingSteps() {
    }

    /** Clones the Backend Developer template; returns the new draft's id. */
    public static long cloneDraft(WebClient manager) {
        manager.get(TEMPLATE).assertStatus(200);
        String location = manager.post(TEMPLATE + "/clone").assertSeeOther();
        Matcher id = EDIT_PAGE.matcher(location);
        assertTrue(id.matches(), "clone redirects to the edit page, not " + location);
        return Long.parseLong(id.group(1));
    }

    /** The edit form as the page fills it in. */
    public static Map<String, Object> editForm(WebClient manager, long id) {
        return manager.get("/postings/" + id + "/edit").assertStatus(200).form("posting-form");
    }

    /** Adds the team to the admin's list, unless it is there; returns its name. */
    public static String team(String name) {
        WebClient admin = WebClient.signedInAs("admin");
        if (!admin.get("/admin/teams").text().contains(name)) {
            admin.post("/admin/teams", "name", name).assertSeeOther();
        }
        return name;
    }

    /** A draft with everything a lead needs to review it. */
    public static long completeDraft(WebClient manager, String title) {
        long id = cloneDraft(manager);
        Map<String, Object> form = editForm(manager, id);
        form.put("title", title);
        form.put("team", "Platform");
        form.put("location", "Berlin");
        form.put("country", "DE");
        form.put("workplaceType", "HYBRID");
        form.put("howToApply", "https://jobs.example.com/apply");
        form.put("salaryMin", "70000");
        form.put("salaryMax", "90000");
        form.put("salaryCurrency", "EUR");
        form.put("salaryPeriod", "YEAR");
        save(manager, id, form).assertSeeOther();
        return id;
    }

    public static Page save(WebClient manager, long id, Map<String, Object> form) {
        return manager.post("/postings/" + id, form);
    }

    /** Routes the posting to the lead shown as {@code leadName} in the page's select. */
    public static Page submit(WebClient manager, long id, String leadName) {
        Page page = manager.get("/postings/" + id).assertStatus(200);
        return manager.post("/postings/" + id + "/submit", "version", version(page), "lead",
                page.optionValue("lead", leadName));
    }

    /** A step that takes only the page's version: approve, withdraw, publish, close. */
    public static Page step(WebClient user, long id, String step) {
        Page page = user.get("/postings/" + id).assertStatus(200);
        return user.post("/postings/" + id + "/" + step, "version", version(page));
    }

    public static Page requestChanges(WebClient lead, long id, String comment) {
        Page page = lead.get("/postings/" + id).assertStatus(200);
        return lead.post("/postings/" + id + "/request-changes", "version", version(page), "comment", comment);
    }

    /** Submitted to Lena Lead and approved by her. */
    public static long approvedPosting(WebClient manager, WebClient lead, String title) {
        long id = completeDraft(manager, title);
        submit(manager, id, "Lena Lead").assertSeeOther();
        step(lead, id, "approve").assertSeeOther();
        return id;
    }

    /** Published; returns the public address. */
    public static String publishedPosting(WebClient manager, WebClient lead, String title) {
        long id = approvedPosting(manager, lead, title);
        step(manager, id, "publish").assertSeeOther();
        return careersPath(manager, id);
    }

    /** The draft {@code id} as it is, submitted to Lena Lead, approved and published; returns the public address. */
    public static String publish(WebClient manager, WebClient lead, long id) {
        submit(manager, id, "Lena Lead").assertSeeOther();
        step(lead, id, "approve").assertSeeOther();
        step(manager, id, "publish").assertSeeOther();
        return careersPath(manager, id);
    }

    public static String careersPath(WebClient user, long id) {
        Matcher link = Pattern.compile("href=\"(/careers/[^\"]+)\"").matcher(user.get("/postings/" + id).html());
        assertTrue(link.find(), "the posting page links to its careers page");
        return link.group(1);
    }

    /** The status badge of the posting's page, as its CSS name: draft, in-review, published… */
    public static String status(WebClient user, long id) {
        Matcher badge = Pattern.compile("<h1>[^<]*<span class=\"badge badge-([a-z-]+)\"")
                .matcher(user.get("/postings/" + id).assertStatus(200).html());
        assertTrue(badge.find(), "the posting page shows a status");
        return badge.group(1);
    }

    public static String version(Page page) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page.html());
        assertTrue(version.find(), "the page carries the posting's version");
        return version.group(1);
    }

    @SuppressWarnings("unchecked")
    public static List<String> list(Map<String, Object> form, String name) {
        Object value = form.get(name);
        if (value == null) {
            return new ArrayList<>();
        }
        return value instanceof List<?> values ? new ArrayList<>((List<String>) values) : new ArrayList<>(List.of((String) value));
    }
}
