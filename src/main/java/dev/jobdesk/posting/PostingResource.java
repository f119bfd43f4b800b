package dev.jobdesk.posting;

import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.Role;
import dev.jobdesk.catalog.Countries;
import dev.jobdesk.catalog.RemoteAreas;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.company.Company;
import dev.jobdesk.company.Teams;
import dev.jobdesk.web.ChoiceList;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.writing.WritingReport;
import dev.jobdesk.web.FormIds;
import dev.jobdesk.web.ResultPage;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A hiring manager's postings: list, read, edit, and the owner's workflow steps. The pages that show a
 * posting's text answer inside a Response, which renders them straight into UTF-8 bytes
 * ({@code web.Utf8Pages}): a euro sign or a dash in the text would make the whole page a two-byte
 * String first, a fifth of what a posting's page allocated.
 */
@Path("/postings")
@Produces(MediaType.TEXT_HTML)
public class PostingResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance list(ResultPage<PostingSummary> postings, List<PostingSummary> attention);

        static native TemplateInstance show(PostingPage page);

        /** A posting's text as its page shows it, kept by {@code web.KeptMarkup}. */
        static native TemplateInstance article(PostingContent content);

        static native TemplateInstance compare(Posting posting, int from, int to, ContentComparison comparison,
                                               List<PostingRevision.Summary> revisions);

        /**
         * {@code action}: where the form posts, the posting's address; {@code editor}: its fields' markup
         * ({@link #editor}). {@code request}: the lead's request for changes the owner is answering, or null.
         */
        static native TemplateInstance edit(Posting posting, String action, PostingForm form, RawString editor,
                                            FieldErrors errors, EditNotice notice, boolean conflict,
                                            PostingHistory.Entry request, WritingReport hints,
                                            TemplateUpdate templateUpdate);

        /**
         * The edit page's fields, section by section. {@code lists}: the form's lists, row by row;
         * {@code comments}: the lead's open comments on sections, shown beside them.
         */
        static native TemplateInstance editor(String action, PostingForm form, EditLists lists, FieldErrors errors,
                                              EditFormOptions options, EditNotice notice,
                                              SectionComments.Open comments);
    }

    /** The choices the edit form offers; {@code teams} by name, from the admin's list. */
    public record EditFormOptions(List<Section> sections, List<String> teams) {

        private static final ChoiceList COUNTRIES = ChoiceList.of(Countries.all(), Countries.Country::code,
                Countries.Country::name);
        private static final ChoiceList REGIONS = ChoiceList.of(RemoteAreas.regions(), RemoteAreas.Area::code,
                RemoteAreas.Area::name);
        private static final ChoiceList CURRENCIES = ChoiceList.of(SalaryRange.CURRENCIES, Function.identity(),
                Function.identity());

        public WorkplaceType[] workplaceTypes() {
            return WorkplaceType.values();
        }

        public EmploymentType[] employmentTypes() {
            return EmploymentType.values();
        }

        public Seniority[] seniorities() {
            return Seniority.values();
        }

        public SalaryPeriod[] salaryPeriods() {
            return SalaryPeriod.values();
        }

        public RawString currencyOptions(String selected) {
            return CURRENCIES.options(selected);
        }

        /** The admin's teams, by name; a list that changes, so made for each page. */
        public RawString teamOptions(String selected) {
            return ChoiceList.of(teams, Function.identity(), Function.identity()).options(selected);
        }

        public RawString countryOptions(String selected) {
            return COUNTRIES.options(selected);
        }

        /** The regions beyond one country that a remote role may be open to; countries come after them. */
        public RawString regionOptions(List<String> selected) {
            return REGIONS.optionsSelecting(selected);
        }

        public RawString remoteCountryOptions(List<String> selected) {
            return COUNTRIES.optionsSelecting(selected);
        }
    }

    private final PostingService postings;
    private final PostingPages pages;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Company company;
    private final Teams teams;
    private final Revisions revisions;
    private final PostingAdministration administration;

    PostingResource(PostingService postings, PostingPages pages, CurrentUser currentUser, Validator validator,
                    Company company, Teams teams, Revisions revisions, PostingAdministration administration) {
        this.administration = administration;
        this.revisions = revisions;
        this.teams = teams;
        this.postings = postings;
        this.pages = pages;
        this.currentUser = currentUser;
        this.validator = validator;
        this.company = company;
    }

    @GET
    @RolesAllowed({Role.MANAGER_NAME, Role.LEAD_NAME, Role.ADMIN_NAME})
    public TemplateInstance list(@RestQuery String page) {
        List<PostingSummary> attention = currentUser.isManager() ? postings.needingMyAttention() : List.of();
        return Views.list(postings.listVisible(ResultPage.number(page)), attention);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.MANAGER_NAME, Role.LEAD_NAME, Role.ADMIN_NAME})
    public Response show(@RestPath long id, @RestQuery String history) {
        return Response.ok(pages.show(postings.findReadable(id), "all".equals(history))).build();
    }

    /**
     * What changed between two revisions, word by word: {@code from} 0 is the template the posting was
     * cloned from; by default, the latest revision against the one before it.
     */
    @GET
    @Path("/{id}/compare")
    @RolesAllowed({Role.MANAGER_NAME, Role.LEAD_NAME, Role.ADMIN_NAME})
    public Response compare(@RestPath long id, @RestQuery String from, @RestQuery String to) {
        Posting posting = postings.findReadable(id);
        List<PostingRevision.Summary> all = PostingRevision.summariesOf(posting);
        if (all.isEmpty()) {
            throw new NotFoundException();
        }
        int newer = revisionNumber(to, all.size());
        int older = revisionNumber(from, newer - 1);
        ContentComparison changes = revisions.between(posting, older, newer).orElseThrow(NotFoundException::new);
        return Response.ok(Views.compare(posting, older, newer, changes, all)).build();
    }

    /** The posting as Markdown, for its owner or an admin to take elsewhere: **Download Markdown**. */
    @GET
    @Path("/{id}.md")
    @Produces("text/markdown;charset=UTF-8")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response markdown(@RestPath long id) {
        Posting posting = postings.findOwnedOrAdministered(id);
        String name = posting.slug() != null ? posting.slug() : "posting-" + posting.id();
        return Response.ok(PostingMarkdown.of(posting.workingContent()))
                .header("Content-Disposition", "attachment; filename=\"" + name + ".md\"").build();
    }

    @GET
    @Path("/{id}/edit")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response edit(@RestPath long id) {
        Posting posting = postings.findOwned(id);
        if (!posting.status().isContentEditable()) {
            return Redirects.seeOther("/postings/" + id, Flash.error(lockedMessage(posting)));
        }
        EditNotice notice = switch (posting.status()) {
            case APPROVED -> EditNotice.atTop(
                    "This posting is approved. Saving a change voids the approval and it will need a new review.");
            case PUBLISHED -> EditNotice.atTop("This posting is live. Saving starts a correction: the careers page"
                    + " keeps the live text until a lead approves the correction and you publish it.");
            default -> posting.isCorrected() ? EditNotice.atTop("You are editing a correction of a live posting:"
                    + " the careers page keeps the live text until the correction is approved and published.")
                    : EditNotice.none();
        };
        return Response.ok(pages.edit(posting, PostingForm.of(posting), FieldErrors.none(), notice, false)).build();
    }

    /**
     * Save draft, or one of the list buttons (add, remove, move a row), which only rearrange the
     * form and show it again unsaved, so the form works without JavaScript.
     */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.MANAGER_NAME)
    public Response save(@RestPath long id, @BeanParam PostedForm posted, @RestForm("edit") String listEdit) {
        Posting posting = postings.findOwned(id);
        LevelSwitch level = LevelSwitch.of(PostingForm.from(posted), posting.origin().template());
        PostingForm form = level.form();
        if (listEdit != null) {
            return Response.ok(pages.edit(posting, form.withListEdit(listEdit), FieldErrors.none(),
                    EditNotice.afterEdit(listEdit, level), false)).build();
        }
        // A closing date is a day in the company's time zone, where it ends (see ClosingDates).
        FieldErrors errors = form.validate(validator, company.today(), teams.names());
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(pages.edit(posting, form, errors, EditNotice.none(), false)).build();
        }
        try {
            postings.save(id, PostingPages.version(form.version()), form.toContent());
        } catch (StaleEditException stale) {
            return Response.status(Response.Status.CONFLICT).entity(pages.edit(posting,
                    form.withVersion(stale.currentVersion()), errors, EditNotice.none(), true)).build();
        }
        String saved = level.happened() ? savedAtLevel(level) : "Draft saved.";
        return Redirects.seeOther("/postings/" + id, Flash.success(saved));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response submit(@RestPath long id, @RestForm String version, @RestForm String lead,
                           @RestForm List<String> resolved) {
        Long leadId = FormIds.of(lead);
        List<Long> resolvedComments = resolved == null ? List.of()
                : resolved.stream().map(FormIds::of).filter(Objects::nonNull).toList();
        try {
            Posting posting = postings.submit(id, PostingPages.version(version), leadId, resolvedComments);
            return Redirects.seeOther("/postings/" + id,
                    Flash.success("Sent to " + posting.approvals().reviewer().displayName + " for approval."));
        } catch (WorkflowException refused) {
            // Not ready, or no lead chosen: the posting page says so next to the checklist, links and all.
            return Response.status(Response.Status.CONFLICT)
                    .entity(pages.showRefused(postings.findReadable(id), refused.getMessage())).build();
        }
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response withdraw(@RestPath long id, @RestForm String version) {
        postings.withdraw(id, PostingPages.version(version));
        return Redirects.seeOther("/postings/" + id, Flash.success("Withdrawn from review: it is a draft again."));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response publish(@RestPath long id, @RestForm String version) {
        boolean correction = postings.findOwned(id).isCorrected();
        Posting posting = postings.publish(id, PostingPages.version(version));
        return Redirects.seeOther("/postings/" + id, Flash.success(correction
                ? "Correction published: /careers/" + posting.slug() + " shows the new text."
                : "Published: it is live at /careers/" + posting.slug() + "."));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response close(@RestPath long id, @RestForm String version) {
        postings.close(id, PostingPages.version(version));
        return Redirects.seeOther("/postings/" + id, Flash.success("Closed: it is off the careers page."));
    }

    /** Reassign review: an admin gives the pending review to another lead. */
    @POST
    @Path("/{id}/reassign-review")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response reassignReview(@RestPath long id, @RestForm String version, @RestForm String lead) {
        Posting posting = administration.reassignReview(id, PostingPages.version(version), FormIds.of(lead));
        return Redirects.seeOther("/postings/" + id,
                Flash.success("The review is with " + posting.approvals().reviewer().displayName + " now."));
    }

    /** Give to another manager: an admin hands the posting over, when its owner leaves. */
    @POST
    @Path("/{id}/owner")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response changeOwner(@RestPath long id, @RestForm String version, @RestForm String manager) {
        Posting posting = administration.changeOwner(id, PostingPages.version(version), FormIds.of(manager));
        return Redirects.seeOther("/postings/" + id,
                Flash.success(posting.owner().displayName + " owns this posting now."));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response reopen(@RestPath long id, @RestForm String version) {
        Posting posting = postings.reopen(id, PostingPages.version(version));
        return Redirects.seeOther("/postings/" + id,
                Flash.success("Reopened: it is live again at /careers/" + posting.slug() + "."));
    }

    @POST
    @Path("/{id}/duplicate")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response duplicate(@RestPath long id, @RestForm String version) {
        Posting copy = postings.duplicate(id, PostingPages.version(version));
        return Redirects.seeOther("/postings/" + copy.id() + "/edit",
                Flash.success("Duplicated: this is a new draft with the same content. Check the dates, then submit it."));
    }

    /** The edit page, with the lead's request at the top while the owner is answering it. */
    private static String savedAtLevel(LevelSwitch level) {
        String saved = "Draft saved at the " + level.form().chosenLevel().orElseThrow().levelName() + " level.";
        if (level.keptWordings().isEmpty()) {
            return saved;
        }
        return saved + " Your own wording was kept where the template words it differently at this level: "
                + level.keptWordings().stream().map(LevelSwitch.KeptWording::where).distinct()
                        .collect(Collectors.joining(", ")) + ".";
    }

    private static String lockedMessage(Posting posting) {
        return switch (posting.status()) {
            case IN_REVIEW -> "This posting is in review, so its content is locked. Withdraw it to edit.";
            default -> "This posting is " + posting.status().label().toLowerCase() + ": it can no longer be edited.";
        };
    }

    /** A revision number from the address, {@code absent} when none is given; anything else names no revision. */
    private static int revisionNumber(String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException();
        }
    }
}
