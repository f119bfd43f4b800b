package dev.jobdesk.company;

import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.FormIds;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The admin's approval policy: by default one engineering lead approves a posting; a template's or a
 * team's postings can require a second approval by a named lead or admin, after the first. When both
 * a template's rule and a team's apply, the team's approver gives the second approval: a team knows
 * its postings better than a template's keeper.
 */
@ApplicationScoped
public class ApprovalPolicy {

    static final String TEMPLATE = "template:";
    static final String TEAM = "team:";

    /** A rule as posted: what it covers ({@code template:<slug>} or {@code team:<id>}) and who approves second. */
    public record NewRule(@RestForm String subject, @RestForm String approver) {

        public static NewRule empty() {
            return new NewRule(null, null);
        }
    }

    /** A template or team a rule can cover, as the settings page offers it. */
    @TemplateData
    public record Subject(String value, String label, boolean isTeam) {
    }

    /** A rule as the settings page lists it. */
    @TemplateData
    public record Rule(long id, String subject, String approverName, boolean approverCanApprove) {
    }

    /** Who gives the second approval of a template's or team's postings, if anyone. */
    public Optional<UserAccount> secondApproverFor(JobTemplate template, Team team) {
        return SecondApproval.ofTeam(team)
                .or(() -> SecondApproval.ofTemplate(template == null ? null : template.slug))
                .map(rule -> rule.approver);
    }

    /** Enabled people who may give a second approval: engineering leads and admins. */
    public List<UserAccount> approvers() {
        return UserAccount.withEitherRole(Role.LEAD, Role.ADMIN);
    }

    public List<Subject> subjects() {
        Stream<Subject> templates = JobTemplate.library().stream()
                .map(template -> new Subject(TEMPLATE + template.slug, template.title, false));
        Stream<Subject> teams = Team.all().stream().map(team -> new Subject(TEAM + team.id, team.name, true));
        return Stream.concat(templates, teams).toList();
    }

    public List<Rule> rules() {
        return SecondApproval.all().stream().map(rule -> new Rule(rule.id, describe(rule), rule.approver.displayName,
                mayApprove(rule.approver))).toList();
    }

    /** Requires a second approval by the chosen person, replacing the rule the template or team had; or says why not. */
    @Transactional
    public FieldErrors require(NewRule form) {
        FieldErrors errors = FieldErrors.none();
        Long approverId = FormIds.of(form.approver());
        UserAccount approver = approverId == null ? null : UserAccount.findById(approverId);
        if (approver == null || !mayApprove(approver)) {
            errors.add("approver", "Choose one of the leads and admins offered.");
        }
        Optional<SecondApproval> rule = ruleFor(form.subject());
        if (rule.isEmpty()) {
            errors.add("subject", "Choose one of the templates and teams offered.");
        }
        if (errors.isEmpty()) {
            rule.get().approver = approver;
            rule.get().persist();
        }
        return errors;
    }

    /** Removes a rule: that template's or team's postings need one approval again. Says what it covered. */
    @Transactional
    public String remove(long id) {
        SecondApproval rule = SecondApproval.<SecondApproval>findByIdOptional(id).orElseThrow(NotFoundException::new);
        String subject = describe(rule);
        rule.delete();
        return subject;
    }

    /** The existing rule for the subject, or a new one; none for a subject that does not exist. */
    private static Optional<SecondApproval> ruleFor(String subject) {
        if (subject != null && subject.startsWith(TEMPLATE)) {
            String slug = subject.substring(TEMPLATE.length());
            return JobTemplate.findBySlug(slug)
                    .map(template -> SecondApproval.ofTemplate(slug).orElseGet(() -> SecondApproval.of(slug, null)));
        }
        Long teamId = subject != null && subject.startsWith(TEAM) ? FormIds.of(subject.substring(TEAM.length())) : null;
        return Optional.ofNullable(teamId == null ? null : Team.<Team>findById(teamId))
                .map(team -> SecondApproval.ofTeam(team).orElseGet(() -> SecondApproval.of(null, team)));
    }

    private static String describe(SecondApproval rule) {
        return rule.team != null ? "the " + rule.team.name + " team"
                : "the " + JobTemplate.findBySlug(rule.templateSlug).map(template -> template.title)
                        .orElse(rule.templateSlug) + " template";
    }

    static boolean mayApprove(UserAccount person) {
        return person.enabled && (person.hasRole(Role.LEAD) || person.hasRole(Role.ADMIN));
    }
}
