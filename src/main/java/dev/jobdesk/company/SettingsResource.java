package dev.jobdesk.company;

import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The admin's settings: the company's page on the careers site, its time zone, and the approval policy. */
@Path("/admin/settings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class SettingsResource {

    @CheckedTemplate
    static class Views {
        static native TemplateInstance settings(Settings.CompanyForm form, FieldErrors errors, Company.Profile profile,
                                                Set<String> timeZones, Approvals approvals, Publishing publishing);
    }

    /** The publish policy's part of the page: the form as saved or as posted, its messages, and its choices. */
    record Publishing(PublishPolicies.PolicyForm form, FieldErrors errors, List<PublishPolicies.Place> places,
                      PublishRules.SalaryRule[] salaryRules, Section[] sections) {
    }

    /** The approval policy's part of the page: the rules, and the form adding one as it was posted. */
    record Approvals(List<ApprovalPolicy.Rule> rules, List<ApprovalPolicy.Subject> subjects, List<UserAccount> approvers,
                     ApprovalPolicy.NewRule form, FieldErrors errors) {
    }

    private final Settings settings;
    private final Company company;
    private final ApprovalPolicy approvalPolicy;
    private final PublishPolicies publishPolicies;

    SettingsResource(Settings settings, Company company, ApprovalPolicy approvalPolicy, PublishPolicies publishPolicies) {
        this.publishPolicies = publishPolicies;
        this.settings = settings;
        this.company = company;
        this.approvalPolicy = approvalPolicy;
    }

    @GET
    public TemplateInstance show() {
        return page(Settings.CompanyForm.of(company.profile()), FieldErrors.none(), approvals(), publishing());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam Settings.CompanyForm form) {
        FieldErrors errors = settings.save(form);
        if (!errors.isEmpty()) {
            return refused(page(form, errors, approvals(), publishing()));
        }
        return Redirects.seeOther("/admin/settings", Flash.success("Settings saved. The careers page shows them now."));
    }

    /** Upload logo: PNG, JPEG or WebP, at most 1 MB, checked by its content. */
    @POST
    @Path("/logo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadLogo(@RestForm("logo") FileUpload logo) throws IOException {
        Optional<String> problem = settings.replaceLogo(logo == null ? null : logo.uploadedFile());
        if (problem.isPresent()) {
            return refused(page(Settings.CompanyForm.of(company.profile()), FieldErrors.none().add("logo", problem.get()),
                    approvals(), publishing()));
        }
        return Redirects.seeOther("/admin/settings", Flash.success("Logo uploaded. The careers page shows it now."));
    }

    @POST
    @Path("/logo/remove")
    public Response removeLogo() {
        settings.removeLogo();
        return Redirects.seeOther("/admin/settings", Flash.success("Logo removed."));
    }

    /** Require a second approval: a template's or team's postings need the named person's approval after the lead's. */
    @POST
    @Path("/second-approvals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requireSecondApproval(@BeanParam ApprovalPolicy.NewRule rule) {
        FieldErrors errors = approvalPolicy.require(rule);
        if (!errors.isEmpty()) {
            return refused(page(Settings.CompanyForm.of(company.profile()), FieldErrors.none(), approvals(rule, errors),
                    publishing()));
        }
        return Redirects.seeOther("/admin/settings#approvals", Flash.success(
                "Saved. Postings submitted from now on need the second approval; those in review already keep theirs."));
    }

    @POST
    @Path("/second-approvals/{id}/remove")
    public Response removeSecondApproval(@RestPath long id) {
        String subject = approvalPolicy.remove(id);
        return Redirects.seeOther("/admin/settings#approvals", Flash.success(
                "Postings of " + subject + " submitted from now on need one approval."));
    }

    /** Save publish policy: what every posting must have before it goes for approval and is published. */
    @POST
    @Path("/publish-policy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePublishPolicy(@BeanParam PublishPolicies.PolicyForm policy) {
        FieldErrors errors = publishPolicies.save(policy);
        if (!errors.isEmpty()) {
            return refused(page(Settings.CompanyForm.of(company.profile()), FieldErrors.none(), approvals(),
                    publishing(policy, errors)));
        }
        return Redirects.seeOther("/admin/settings#publishing", Flash.success(
                "Publish policy saved. Postings are checked against it when submitted and again when published."));
    }

    /** The page with one of its forms as posted, and what is wrong with it; the other parts as saved. */
    private TemplateInstance page(Settings.CompanyForm form, FieldErrors errors, Approvals approvals, Publishing publishing) {
        return Views.settings(form, errors, company.profile(), Settings.TIME_ZONES, approvals, publishing);
    }

    private static Response refused(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).build();
    }

    private Publishing publishing() {
        return publishing(publishPolicies.form(), FieldErrors.none());
    }

    private Approvals approvals() {
        return approvals(ApprovalPolicy.NewRule.empty(), FieldErrors.none());
    }

    private Publishing publishing(PublishPolicies.PolicyForm form, FieldErrors errors) {
        return new Publishing(form, errors, publishPolicies.places(), PublishRules.SalaryRule.values(), Section.values());
    }

    private Approvals approvals(ApprovalPolicy.NewRule form, FieldErrors errors) {
        return new Approvals(approvalPolicy.rules(), approvalPolicy.subjects(), approvalPolicy.approvers(), form, errors);
    }
}
