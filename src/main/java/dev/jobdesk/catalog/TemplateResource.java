package dev.jobdesk.catalog;

import dev.jobdesk.account.Role;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The template library: managers browse it and clone (posting's Clone to draft); admins edit a template
 * into a new version, add templates, adopt a shipped version offered beside their edit, and retire
 * templates.
 */
@Path("/templates")
@Produces(MediaType.TEXT_HTML)
public class TemplateResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance library(List<JobTemplate> templates, List<JobTemplate> retired);

        static native TemplateInstance template(TemplatePage page);

        static native TemplateInstance edit(TemplateEditorPage page);

        static native TemplateInstance importing(TemplateImportPage page);
    }

    /** A Markdown file larger than this is not a template. */
    static final int MAX_MARKDOWN_BYTES = 256 * 1024;

    private final TemplateEditor editor;
    private final Validator validator;
    private final TemplateSources sources;

    TemplateResource(TemplateEditor editor, Validator validator, TemplateSources sources) {
        this.sources = sources;
        this.editor = editor;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TemplateInstance library() {
        return Views.library(JobTemplate.library(), JobTemplate.retired());
    }

    /** A template's page; {@code version} shows an older one, as its list of versions links them. */
    @GET
    @Path("/{slug}")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TemplateInstance template(@RestPath String slug, @RestQuery Integer version) {
        JobTemplate current = editor.current(slug);
        List<JobTemplate> versions = JobTemplate.versions(slug);
        JobTemplate shown = version == null ? current : versions.stream().filter(each -> each.version == version)
                .findFirst().orElseThrow(NotFoundException::new);
        return Views.template(new TemplatePage(shown, current, versions, editor.pendingOffers(versions),
                RetiredTemplate.isRetired(slug)));
    }

    /**
     * The editor for a new template: blank, a copy of the template {@code from}, or the posting
     * {@code posting}'s text (Save as template).
     */
    @GET
    @Path("/new")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance newTemplate(@RestQuery String from, @RestQuery Long posting) {
        TemplateForm form;
        if (posting != null) {
            form = TemplateForm.madeFrom(sources.ofPosting(posting).orElseThrow(NotFoundException::new),
                    "Made from posting " + posting + ".");
        } else if (from != null && !from.isBlank()) {
            form = TemplateForm.copyOf(editor.current(from));
        } else {
            form = TemplateForm.empty();
        }
        return Views.edit(new TemplateEditorPage(null, 1, form, FieldErrors.none(), false, false, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(@BeanParam TemplatePostedForm posted, @RestForm("edit") String listEdit) {
        TemplateForm form = TemplateForm.from(posted);
        if (listEdit != null) {
            return listEdited(null, 1, form, listEdit);
        }
        FieldErrors errors = form.validate(validator);
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, null, 1, form, errors, false, false);
        }
        JobTemplate made = editor.create(form.toContent(), form.changeNote());
        return Redirects.seeOther("/templates/" + made.slug,
                Flash.success("The template is in the library, where managers can clone it."));
    }

    /** Download Markdown: a version of the template ({@code version}, or the current one) as Markdown. */
    @GET
    @Path("/{slug}.md")
    @Produces("text/markdown;charset=UTF-8")
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response markdown(@RestPath String slug, @RestQuery Integer version) {
        JobTemplate template = version == null ? editor.current(slug)
                : JobTemplate.findVersion(slug, version).orElseThrow(NotFoundException::new);
        return Response.ok(TemplateMarkdown.write(template.content()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-v" + template.version + ".md\"")
                .build();
    }

    /**
     * Import from Markdown: a file or pasted text read into the editor of a new template, to look over
     * and save; text that does not read comes back with what is wrong, by line, and nothing changes.
     */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response importTemplate(@RestForm FileUpload file, @RestForm String text) throws IOException {
        return imported(null, "a new template", file, text, content -> TemplateForm.madeFrom(content,
                "Imported from Markdown."), 1);
    }

    /** Import a new version from Markdown into the editor of {@code slug}, to look over and save as its next version. */
    @POST
    @Path("/{slug}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response importVersion(@RestPath String slug, @RestForm FileUpload file, @RestForm String text)
            throws IOException {
        JobTemplate current = editor.current(slug);
        return imported(slug, "a new version of " + current.title, file, text,
                content -> TemplateForm.of(content, current.version).noted("Imported from Markdown."),
                JobTemplate.nextVersion(slug));
    }

    @GET
    @Path("/{slug}/edit")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance edit(@RestPath String slug) {
        JobTemplate current = editor.current(slug);
        return Views.edit(new TemplateEditorPage(slug, JobTemplate.nextVersion(slug),
                TemplateForm.of(current.content(), current.version), FieldErrors.none(), false, false, null));
    }

    /**
     * Save as a new version, or one of the row buttons, which only rearrange the form and show it again
     * unsaved, so that the editor works without JavaScript.
     */
    @POST
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response save(@RestPath String slug, @BeanParam TemplatePostedForm posted, @RestForm("edit") String listEdit) {
        editor.current(slug);
        int next = JobTemplate.nextVersion(slug);
        TemplateForm form = TemplateForm.from(posted);
        if (listEdit != null) {
            return listEdited(slug, next, form, listEdit);
        }
        FieldErrors errors = form.validate(validator);
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, slug, next, form, errors, false, false);
        }
        try {
            JobTemplate saved = editor.saveVersion(slug, baseVersion(form), form.toContent(), form.changeNote());
            return Redirects.seeOther("/templates/" + slug, Flash.success("Saved as version " + saved.version
                    + ". New clones take it; drafts cloned from an older version are told of the change."));
        } catch (StaleTemplateException stale) {
            return page(Response.Status.CONFLICT, slug, next, form.withVersion(stale.currentVersion()), errors, true,
                    false);
        }
    }

    @POST
    @Path("/{slug}/adopt")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response adopt(@RestPath String slug, @RestForm String version) {
        JobTemplate adopted = editor.adopt(slug, baseVersion(version));
        return Redirects.seeOther("/templates/" + slug, Flash.success("Adopted: version " + adopted.version
                + " has the shipped text, and new clones take it."));
    }

    @POST
    @Path("/{slug}/retire")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response retire(@RestPath String slug) {
        editor.retire(slug);
        return Redirects.seeOther("/templates/" + slug,
                Flash.success("Retired: managers no longer see it in the library. Postings made from it keep it."));
    }

    @POST
    @Path("/{slug}/restore")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response restore(@RestPath String slug) {
        editor.restore(slug);
        return Redirects.seeOther("/templates/" + slug, Flash.success("Back in the library."));
    }

    private static Response imported(String slug, String what, FileUpload file, String pasted,
                                     Function<TemplateContent, TemplateForm> toForm, int nextVersion) throws IOException {
        String markdown = pasted == null ? "" : pasted;
        List<String> problems = new ArrayList<>();
        if (file != null && file.size() > MAX_MARKDOWN_BYTES) {
            problems.add("The file is larger than " + MAX_MARKDOWN_BYTES / 1024 + " KB: a template is far smaller.");
        } else if (file != null && file.size() > 0) {
            markdown = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        }
        if (problems.isEmpty() && markdown.isBlank()) {
            problems.add("Choose a Markdown file, or paste its text.");
        }
        TemplateMarkdown.Reading reading = problems.isEmpty() ? TemplateMarkdown.read(markdown) : null;
        if (reading != null && reading.succeeded()) {
            return page(Response.Status.OK, slug, nextVersion, toForm.apply(reading.content()), FieldErrors.none(), false,
                    true);
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(Views.importing(new TemplateImportPage(slug, what,
                markdown, reading == null ? problems : reading.problems()))).build();
    }

    private static Response page(Response.Status status, String slug, int nextVersion, TemplateForm form,
                                 FieldErrors errors, boolean conflict, boolean unsaved) {
        return Response.status(status).entity(Views.edit(new TemplateEditorPage(slug, nextVersion, form, errors,
                conflict, unsaved, null))).build();
    }

    /** The form again after a row button, unsaved, with the list it changed open. */
    private static Response listEdited(String slug, int nextVersion, TemplateForm form, String listEdit) {
        String list = ListEdits.Edit.parse(listEdit).map(ListEdits.Edit::list).orElse(null);
        return Response.ok(Views.edit(new TemplateEditorPage(slug, nextVersion, form.withListEdit(listEdit),
                FieldErrors.none(), false, true, list))).build();
    }

    private static int baseVersion(TemplateForm form) {
        return baseVersion(form.version());
    }

    private static int baseVersion(String formValue) {
        try {
            return Integer.parseInt(formValue);
        } catch (NumberFormatException | NullPointerException e) {
            throw new BadRequestException("The form is missing the template's version: reload the page and retry.");
        }
    }
}
