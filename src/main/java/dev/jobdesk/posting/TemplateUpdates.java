package dev.jobdesk.posting;

import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.domain.RefusedStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.util.Optional;

/**
 * Drafts that learn of template changes: a posting cloned from a version of a template that has a newer
 * one is told what changed, takes the new text part by part without losing its own edits in the
 * others, and then follows the newer version.
 */
@ApplicationScoped
public class TemplateUpdates {

    private final PostingService postings;
    private final Event<PostingStep> steps;
    private final TemplateTexts templateTexts;

    TemplateUpdates(PostingService postings, Event<PostingStep> steps, TemplateTexts templateTexts) {
        this.postings = postings;
        this.steps = steps;
        this.templateTexts = templateTexts;
    }

    /** What changed in the template since {@code posting} was cloned; nothing while it cannot be edited. */
    public Optional<TemplateUpdate> of(Posting posting) {
        Optional<JobTemplate> newer = newerTemplateOf(posting);
        if (newer.isEmpty()) {
            return Optional.empty();
        }
        JobTemplate newest = newer.get();
        PostingContent mine = posting.workingContent();
        Seniority level = mine.seniority();
        PostingContent updated = templateTexts.of(newest.id, level);
        ContentComparison changes = ContentComparison.between(templateTexts.of(posting.origin().template().id, level),
                updated);
        return Optional.of(new TemplateUpdate(posting.origin().template(), newest, changes.sections().stream()
                .filter(ContentComparison.SectionChange::changed)
                .map(change -> new TemplateUpdate.Part(change,
                        mine.withPartOf(updated, change.anchor()).equals(mine)))
                .toList()));
    }

    /** The template's newer version, while the posting can still take its changes. */
    public Optional<JobTemplate> newerTemplateOf(Posting posting) {
        if (!posting.status().isContentEditable()) {
            return Optional.empty();
        }
        return JobTemplate.newestAfter(posting.origin().template(), posting.origin().version());
    }

    /**
     * Takes the template's new text of one changed part, named by its anchor; once every part is taken,
     * the posting follows the newer version.
     */
    @Transactional
    public Posting take(long id, int expectedVersion, String anchor) {
        Posting posting = postings.findOwned(id);
        TemplateUpdate update = of(posting).orElseThrow(() -> nothingToTake(id));
        if (update.parts().stream().noneMatch(part -> part.change().anchor().equals(anchor))) {
            throw new BadRequestException("The template did not change that part: reload the page.");
        }
        PostingContent updated = templateTexts.of(update.newest().id, posting.workingContent().seniority());
        Posting saved = postings.save(id, expectedVersion, posting.workingContent().withPartOf(updated, anchor),
                "Took the template's version " + update.newest().version + ". ");
        if (of(saved).map(TemplateUpdate::allTaken).orElse(false)) {
            saved.followTemplate(update.newest());
        }
        return saved;
    }

    /** Follows the newer version, keeping the posting's own text of every part not taken. */
    @Transactional
    public Posting keepTheRest(long id, int expectedVersion) {
        Posting posting = postings.findOwned(id);
        PostingService.checkVersionOf(posting, expectedVersion);
        TemplateUpdate update = of(posting).orElseThrow(() -> nothingToTake(id));
        posting.followTemplate(update.newest());
        steps.fire(new PostingStep(posting, posting.owner(), Action.EDITED, posting.status(), Instant.now(),
                "Follows the template's version " + update.newest().version + ", keeping its own text of what it did"
                        + " not take."));
        return posting;
    }

    private static RefusedStep nothingToTake(long id) {
        return new RefusedStep("The posting already follows the template's newest version.", "/postings/" + id + "/edit",
                "Back to the editor");
    }
}
