package dev.jobdesk.company;

import dev.jobdesk.domain.RefusedStep;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.TypedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The admin's list of teams: add, rename, merge, and remove one nobody uses. */
@ApplicationScoped
public class Teams {

    /** A team's name as typed. */
    public record TeamName(@RestForm @NotBlank @Size(max = Team.MAX_NAME) String name) {
        public TeamName {
            name = TypedText.line(name);
        }
    }

    private final Validator validator;
    private final Event<TeamRenamed> renamed;
    private final Event<TeamsMerged> merged;

    Teams(Validator validator, Event<TeamRenamed> renamed, Event<TeamsMerged> merged) {
        this.validator = validator;
        this.renamed = renamed;
        this.merged = merged;
    }

    public List<Team> all() {
        return Team.all();
    }

    /** Every team with how many postings name it: the admin's list. */
    public List<TeamUsage> usage() {
        return TeamUsage.ofAll();
    }

    public TeamUsage usageOf(Team team) {
        return TeamUsage.of(team);
    }

    /** The names a posting's team is chosen from: names only, without the counts the admin's list shows. */
    public List<String> names() {
        return Team.getEntityManager().createQuery("select t.name from Team t order by t.name", String.class)
                .getResultList();
    }

    public static Team find(long id) {
        return Team.<Team>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    /** Adds the team, or says why not and adds nothing. */
    @Transactional
    public FieldErrors add(TeamName form) {
        FieldErrors errors = check(form, null);
        if (errors.isEmpty()) {
            Team.named(form.name()).persist();
        }
        return errors;
    }

    /** Renames the team, and with it every posting of the team, live ones included. */
    @Transactional
    public FieldErrors rename(long id, TeamName form) {
        Team team = find(id);
        FieldErrors errors = check(form, team);
        if (errors.isEmpty()) {
            team.rename(form.name());
            renamed.fire(new TeamRenamed(team));
        }
        return errors;
    }

    /** Moves every posting of one team to another and removes the first: two spellings of one team become one. */
    @Transactional
    public Team merge(long id, Long intoId) {
        Team from = find(id);
        if (intoId == null || intoId == id) {
            throw new RefusedStep("Choose another team to merge " + from.name + " into.", "/admin/teams/" + id,
                    "Back to " + from.name);
        }
        Team into = find(intoId);
        merged.fire(new TeamsMerged(from, into));
        // The merged team's approval rule carries over, unless the team it joins has one of its own.
        SecondApproval.ofTeam(from).ifPresent(rule -> {
            if (SecondApproval.ofTeam(into).isPresent()) {
                rule.delete();
            } else {
                rule.team = into;
            }
        });
        SecondApproval.flush();
        from.delete();
        return into;
    }

    /** Removes a team no posting names. */
    @Transactional
    public Team remove(long id) {
        Team team = find(id);
        if (TeamUsage.of(team).isUsed()) {
            throw new RefusedStep(team.name + " has postings, so it stays: merge it into another team instead.",
                    "/admin/teams/" + id, "Back to " + team.name);
        }
        SecondApproval.deleteForTeam(team);
        team.delete();
        return team;
    }

    private FieldErrors check(TeamName form, Team renaming) {
        FieldErrors errors = FieldErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            Team.byName(form.name()).filter(existing -> renaming == null || !existing.id.equals(renaming.id))
                    .ifPresent(existing -> errors.add("name", "There is a team called " + existing.name
                            + " already. To make two teams one, merge them."));
        }
        return errors;
    }
}
