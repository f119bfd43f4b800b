package dev.jobdesk.posting;

import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.company.Company;
import dev.jobdesk.company.PublishPolicies;
import dev.jobdesk.company.PublishRules;
import dev.jobdesk.company.Teams;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.KeptMarkup;
import dev.jobdesk.writing.WritingHints;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import java.util.List;

/**
 * The posting's pages: the page for whoever is looking (its owner, the lead deciding on it, whom
 * review shows it to when a comment needs correcting, or an admin), and its owner's edit page.
 */
@ApplicationScoped
public class PostingPages {

    private final CurrentUser currentUser;
    private final PostingService postings;
    private final PostingHistory history;
    private final Revisions revisions;
    private final DecidedRevisions decided;
    private final PostingAdministration administration;
    private final SectionComments comments;
    private final Company company;
    private final PublishPolicies publishPolicies;
    private final Teams teams;
    private final WritingHints writingHints;
    private final TemplateUpdates templateUpdates;
    private final KeptMarkup markup;

    PostingPages(CurrentUser currentUser, PostingService postings, PostingHistory history, Revisions revisions,
                 DecidedRevisions decided, PostingAdministration administration, SectionComments comments,
                 Company company, PublishPolicies publishPolicies, Teams teams, WritingHints writingHints,
                 TemplateUpdates templateUpdates, KeptMarkup markup) {
        this.markup = markup;
        this.templateUpdates = templateUpdates;
        this.teams = teams;
        this.writingHints = writingHints;
        this.publishPolicies = publishPolicies;
        this.company = company;
        this.comments = comments;
        this.administration = administration;
        this.revisions = revisions;
        this.decided = decided;
        this.currentUser = currentUser;
        this.postings = postings;
        this.history = history;
    }

    public TemplateInstance show(Posting posting) {
        return show(posting, false);
    }

    /** {@code wholeHistory}: every step of its history, not only the last ones. */
    public TemplateInstance show(Posting posting, boolean wholeHistory) {
        return PostingResource.Views.show(pageOf(posting, "", null, FieldErrors.none(), null, wholeHistory));
    }

    /** The page again, with what the lead typed into a decision form (a comment, a note) and what was wrong with it. */
    public TemplateInstance showWithComment(Posting posting, String comment, FieldErrors errors) {
        return PostingResource.Views.show(pageOf(posting, comment, null, errors, null, false));
    }

    /** The page again, with the lead's comment on a section as typed, its section still chosen, and what was wrong. */
    public TemplateInstance showWithSectionComment(Posting posting, SectionComments.NewComment comment, FieldErrors errors) {
        return PostingResource.Views.show(pageOf(posting, comment.sectionText(), comment.section(), errors, null, false));
    }

    /** The page again, saying why the step its owner asked for was refused, next to the steps. */
    public TemplateInstance showRefused(Posting posting, String refusal) {
        return PostingResource.Views.show(pageOf(posting, "", null, FieldErrors.none(), refusal, false));
    }

    /**
     * The edit page with {@code form} as typed; the writing hints read the saved text, as the server
     * last took it.
     */
    public TemplateInstance edit(Posting posting, PostingForm form, FieldErrors errors, EditNotice notice,
                                 boolean conflict) {
        PostingHistory.Entry request = posting.status() == Status.CHANGES_REQUESTED
                ? history.latestReview(posting).orElse(null) : null;
        PostingContent saved = posting.workingContent();
        String action = "/postings/" + posting.id();
        return PostingResource.Views.edit(posting, action, form, editor(action, form, errors, notice, comments.openOn(posting)),
                errors, notice, conflict, request, writingHints.read(saved.passages(), saved.experience()),
                templateUpdates.of(posting).orElse(null));
    }

    /** What the editor's fields show when they have nothing to say beside the form: kept for the form. */
    private record PlainEditor(String action, PostingForm form, PostingResource.EditFormOptions options) {
    }

    /**
     * The editor's fields. Most views are of the saved text with nothing beside them, and their markup
     * is kept for what it shows; a message on a field, a notice in a section (after a list button) or a
     * lead's comment makes them for this view only. A notice above the form is not theirs to show.
     */
    private RawString editor(String action, PostingForm form, FieldErrors errors, EditNotice notice,
                             SectionComments.Open open) {
        var options = new PostingResource.EditFormOptions(List.of(Section.values()), teams.names());
        if (errors.isEmpty() && !notice.unsaved() && open.comments().isEmpty()) {
            return markup.of("PostingResource/editor", new PlainEditor(action, form, options),
                    plain -> editorView(plain.action(), plain.form(), plain.options(), FieldErrors.none(),
                            EditNotice.none(), new SectionComments.Open(List.of())));
        }
        return new RawString(editorView(action, form, options, errors, notice, open).render());
    }

    private TemplateInstance editorView(String action, PostingForm form, PostingResource.EditFormOptions options,
                                        FieldErrors errors, EditNotice notice, SectionComments.Open comments) {
        return PostingResource.Views.editor(action, form, EditLists.of(form, action, errors, markup), errors, options,
                notice, comments);
    }

    /** The version of the posting that a form was made from; a form without one is malformed. */
    public static int version(String formValue) {
        try {
            return Integer.parseInt(formValue);
        } catch (NumberFormatException | NullPointerException e) {
            throw new BadRequestException("The form is missing the posting's version: reload the page and retry.");
        }
    }

    private PostingPage pageOf(Posting posting, String comment, String commentSection, FieldErrors errors, String refusal,
                               boolean wholeHistory) {
        boolean owner = posting.isOwnedBy(currentUser.accountId());
        // Its owner never decides on it: their page needs no query for their account.
        UserAccount me = owner ? null : currentUser.account();
        List<UserAccount> reviewers = owner && posting.status().allows(Action.SUBMITTED)
                ? postings.reviewersFor(posting) : List.of();
        boolean deciding = posting.awaitsDecisionOf(me, company.today());
        PostingHistory.Steps steps = wholeHistory ? history.of(posting)
                : history.latest(posting, PostingHistory.RECENT_STEPS);
        // The page shows the lead's verdict only while the owner has to act on it, or with an approval.
        PostingHistory.Entry review = posting.status() == Status.CHANGES_REQUESTED || posting.status() == Status.APPROVED
                ? history.latestReview(posting).orElse(null) : null;
        PostingContent content = posting.workingContent();
        return new PostingPage(posting, content, markup.of("PostingResource/article", content, PostingResource.Views::article),
                steps, review, reviewers, owner,
                deciding, currentUser.isAdmin(), comment, errors, refusal, PostingRevision.summariesOf(posting),
                deciding ? changesFor(me, posting) : null,
                currentUser.isAdmin() ? administration.choicesFor(posting) : null, comments.of(posting),
                comments.sections(), deciding && !posting.approvals().isAssignedTo(me) ? posting.approvals().reviewer().displayName : null,
                owner ? publishPolicies.rulesToShow() : PublishRules.NONE, commentSection,
                owner ? templateUpdates.newerTemplateOf(posting).orElse(null) : null);
    }

    /**
     * What the lead reads first: the changes since the revision they last decided on; on a first
     * review, since the live text for a correction, else since the template the posting was cloned
     * from (its revision 0).
     */
    private PostingPage.Changes changesFor(UserAccount lead, Posting posting) {
        var decidedOn = decided.lastDecidedBy(lead, posting);
        PostingContent before;
        String label;
        if (decidedOn.isPresent()) {
            before = revisions.content(posting, decidedOn.getAsInt()).orElseThrow();
            label = "revision " + decidedOn.getAsInt() + ", which you last decided on";
        } else if (posting.isLive()) {
            before = posting.content();
            label = "the live text";
        } else {
            before = revisions.content(posting, 0).orElseThrow();
            label = "the " + posting.origin().template().title + " template it was cloned from";
        }
        return new PostingPage.Changes(label, ContentComparison.between(before, posting.workingContent()));
    }
}
