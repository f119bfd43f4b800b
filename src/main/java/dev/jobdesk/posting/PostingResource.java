package dev.jobdesk.posting;

import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.Role;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.PageOf;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A hiring manager's postings: list, read, edit, and the owner's workflow steps. */
@Path("/postings")
@Produces(MediaType.TEXT_HTML)
public class PostingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<PostingSummary> postings, List<PostingSummary> attention);

        static native TemplateInstance show(PostingPage page);

        static native TemplateInstance edit(Posting posting, PostingForm form, FieldErrors errors, EditFormOptions options,
                                            String notice, boolean conflict);
    }

    /** The choices the edit form offers. */
    public record EditFormOptions(List<Section> sections) {
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

        public List<String> currencies() {
            return SalaryRange.CURRENCIES;
        }
    }

    private static final EditFormOptions OPTIONS = new EditFormOptions(List.of(Section.values()));

    private final PostingService postings;
    private final PostingPages pages;
    private final CurrentUser currentUser;

    PostingResource(PostingService postings, PostingPages pages, CurrentUser currentUser) {
        this.postings = postings;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Role.MANAGER_NAME, Role.LEAD_NAME, Role.ADMIN_NAME})
    public TemplateInstance list(@RestQuery String page) {
        List<PostingSummary> attention = currentUser.isManager() ? postings.needingMyAttention() : List.of();
        return Templates.list(postings.listVisible(PageOf.number(page)), attention);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.MANAGER_NAME, Role.LEAD_NAME, Role.ADMIN_NAME})
    public TemplateInstance show(@RestPath long id) {
        return pages.show(postings.findReadable(id));
    }

    @GET
    @Path("/{id}/edit")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response edit(@RestPath long id) {
        Posting posting = postings.findOwned(id);
        if (!posting.status().isContentEditable()) {
            return Redirects.seeOther("/postings/" + id, Flash.error(lockedMessage(posting)));
        }
        String notice = posting.status() == Status.APPROVED
                ? "This posting is approved. Saving a change voids the approval and it will need a new review." : null;
        return Response.ok(Templates.edit(posting, PostingForm.of(posting), FieldErrors.none(), OPTIONS, notice, false))
                .build();
    }

    /**
     * Save draft, or one of the list buttons (add, remove, move a row), which only rearrange the
     * form and show it again unsaved, so the form works without JavaScript.
     */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.MANAGER_NAME)
    public Response save(@RestPath long id, MultivaluedMap<String, String> params) {
        Posting posting = postings.findOwned(id);
        PostingForm typed = PostingForm.from(params);
        PostingForm form = typed.withLevelFrom(posting.template());
        String listEdit = params.getFirst("edit");
        if (listEdit != null) {
            String notice = form.levelChangedFrom(typed)
                    ? "The responsibilities and experience of the new level are in. Not saved yet: use Save draft."
                    : "Not saved yet: use Save draft to keep your changes.";
            return Response.ok(Templates.edit(posting, form.withListEdit(listEdit), FieldErrors.none(), OPTIONS,
                    notice, false)).build();
        }
        FieldErrors errors = form.validate(LocalDate.now());
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.edit(posting, form, errors, OPTIONS, null, false)).build();
        }
        try {
            postings.save(id, PostingPages.version(form.version()), form.toContent());
        } catch (StaleEditException stale) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.edit(posting,
                    form.withVersion(stale.currentVersion()), errors, OPTIONS, null, true)).build();
        }
        String saved = form.levelChangedFrom(typed)
                ? "Draft saved with the " + form.seniority().toLowerCase() + " level's responsibilities."
                : "Draft saved.";
        return Redirects.seeOther("/postings/" + id, Flash.success(saved));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response submit(@RestPath long id, @RestForm String version, @RestForm String lead) {
        Long leadId = lead == null || lead.isBlank() ? null : parseId(lead);
        Posting posting = postings.submit(id, PostingPages.version(version), leadId);
        return Redirects.seeOther("/postings/" + id,
                Flash.success("Sent to " + posting.reviewer().displayName + " for approval."));
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
        Posting posting = postings.publish(id, PostingPages.version(version));
        return Redirects.seeOther("/postings/" + id,
                Flash.success("Published: it is live at /careers/" + posting.slug() + "."));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response close(@RestPath long id, @RestForm String version) {
        postings.close(id, PostingPages.version(version));
        return Redirects.seeOther("/postings/" + id, Flash.success("Closed: it is off the careers page."));
    }

    private static String lockedMessage(Posting posting) {
        return switch (posting.status()) {
            case IN_REVIEW -> "This posting is in review, so its content is locked. Withdraw it to edit.";
            case PUBLISHED -> "This posting is live, so its content is locked.";
            default -> "This posting is " + posting.status().label().toLowerCase() + ": it can no longer be edited.";
        };
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRequestException("Choose a lead from the list.");
        }
    }
}
