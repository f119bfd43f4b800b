package dev.jobdesk.catalog;

import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.domain.AdminAction;
import dev.jobdesk.domain.AdminStep;
import dev.jobdesk.domain.RefusedStep;
import dev.jobdesk.domain.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What admins do to the library: a new version of a template from the editor, a new template (from
 * scratch, a copy, or a posting), adopting a shipped version offered beside their edit, retiring a
 * template and bringing it back. Versions are never changed: each change is a new one.
 */
@ApplicationScoped
public class TemplateEditor {

    private static final int MAX_SLUG = 70;
    /** Addresses under /templates that are pages of their own, not templates. */
    private static final Set<String> TAKEN_BY_PAGES = Set.of("new", "import");

    private final CurrentUser currentUser;
    private final Event<AdminStep> steps;

    TemplateEditor(CurrentUser currentUser, Event<AdminStep> steps) {
        this.currentUser = currentUser;
        this.steps = steps;
    }

    /** The version clones take of {@code slug}; 404 for a template that does not exist. */
    public JobTemplate current(String slug) {
        return JobTemplate.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    /**
     * Saves {@code content} as the next version of {@code slug}, made from {@code baseVersion}; refused
     * when another version was made since, so that nobody's edit is lost without being seen.
     */
    @Transactional
    public JobTemplate saveVersion(String slug, int baseVersion, TemplateContent content, String changeNote) {
        // Locked, so that of two admins saving at once the second sees the first's version, not a clash of numbers.
        JobTemplate current = JobTemplate.find("slug = ?1 and offered = false order by version desc", slug)
                .withLock(LockModeType.PESSIMISTIC_WRITE).<JobTemplate>firstResultOptional()
                .orElseThrow(NotFoundException::new);
        if (current.version != baseVersion) {
            throw new StaleTemplateException(slug, current.version);
        }
        JobTemplate saved = made(slug, JobTemplate.nextVersion(slug), content, changeNote);
        record(saved, AdminAction.TEMPLATE_VERSION_SAVED, versionNoted(saved));
        return saved;
    }

    /** A new template saying {@code content}, at an address made of its title. */
    @Transactional
    public JobTemplate create(TemplateContent content, String changeNote) {
        String words = Slugs.of(content.title(), MAX_SLUG);
        String base = words.isEmpty() ? "template" : TAKEN_BY_PAGES.contains(words) ? words + "-template" : words;
        String slug = base;
        for (int n = 2; JobTemplate.count("slug", slug) > 0; n++) {
            slug = base + "-" + n;
        }
        JobTemplate made = made(slug, 1, content, changeNote);
        record(made, AdminAction.TEMPLATE_CREATED, versionNoted(made));
        return made;
    }

    /**
     * Takes the shipped version {@code offeredVersion} as the template's newest: a new version with its
     * text, following the shipped versions again, so the next one arrives as the current version.
     */
    @Transactional
    public JobTemplate adopt(String slug, int offeredVersion) {
        JobTemplate offered = JobTemplate.findVersion(slug, offeredVersion).filter(version -> version.offered)
                .orElseThrow(NotFoundException::new);
        if (!isPending(offered)) {
            throw new RefusedStep("Version " + offeredVersion + " is adopted already.", "/templates/" + slug,
                    "Back to the template");
        }
        JobTemplate adopted = made(slug, JobTemplate.nextVersion(slug), offered.content(),
                "Adopted the shipped version " + offered.version + ".");
        adopted.shippedVersion = offered.shippedVersion;
        record(adopted, AdminAction.TEMPLATE_ADOPTED, "Version " + adopted.version + " has the text of version "
                + offered.version + ", shipped with Jobdesk.");
        return adopted;
    }

    /** The shipped versions offered beside the admin's edits and not adopted yet, newest first. */
    public List<JobTemplate> pendingOffers(List<JobTemplate> versions) {
        return versions.stream().filter(version -> version.offered && isPending(version)).toList();
    }

    @Transactional
    public void retire(String slug) {
        JobTemplate current = current(slug);
        if (!RetiredTemplate.isRetired(slug)) {
            new RetiredTemplate(slug, currentUser.account(), Instant.now()).persist();
            record(current, AdminAction.TEMPLATE_RETIRED, null);
        }
    }

    @Transactional
    public void restore(String slug) {
        JobTemplate current = current(slug);
        if (RetiredTemplate.deleteById(slug)) {
            record(current, AdminAction.TEMPLATE_RESTORED, null);
        }
    }

    private void record(JobTemplate template, AdminAction action, String detail) {
        steps.fire(new AdminStep(currentUser.account().id, action, template.title + " template", "/templates/"
                + template.slug, detail, Instant.now()));
    }

    private static String versionNoted(JobTemplate version) {
        return "Version " + version.version + (version.changeNote == null ? "." : ": " + version.changeNote);
    }

    private static boolean isPending(JobTemplate offered) {
        return JobTemplate.count("slug = ?1 and shippedVersion = ?2 and offered = false", offered.slug,
                offered.shippedVersion) == 0;
    }

    private JobTemplate made(String slug, int version, TemplateContent content, String changeNote) {
        JobTemplate made = JobTemplate.of(slug, version, content, Instant.now());
        made.createdBy = currentUser.account();
        made.changeNote = changeNote == null || changeNote.isBlank() ? null : changeNote;
        made.persist();
        return made;
    }
}
