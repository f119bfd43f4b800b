package dev.jobdesk.company;

import io.quarkus.qute.TemplateData;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many postings name a team (as their own team or their correction's) and how many of those
 * are live: what the admin's pages of teams show. Counted only there, through the posting indexes:
 * counting on every load of a team scanned every posting whenever a posting was saved. Counted in
 * SQL so that this package need not know postings.
 */
@TemplateData
public record TeamUsage(Team team, long postings, long live) {

    /** Each posting once: by its own team, or by its correction's when that is another. */
    private static final String COUNTS = """
            select u.team_id, count(*), coalesce(sum(u.live), 0) from (
                select team_id, case when status = 'PUBLISHED' then 1 else 0 end live from posting where team_id %1$s
                union all
                select correction_team_id, 0 from posting
                where correction_team_id %1$s and (team_id is null or team_id <> correction_team_id)
            ) u group by u.team_id""";

    public boolean isUsed() {
        return postings > 0;
    }

    /** Every team, by name, with its counts. */
    static List<TeamUsage> ofAll() {
        Map<Long, TeamUsage> counted = new HashMap<>();
        List<Team> teams = Team.all();
        teams.forEach(team -> counted.put(team.id, new TeamUsage(team, 0, 0)));
        read(Team.getEntityManager().createNativeQuery(COUNTS.formatted("is not null")), counted);
        return teams.stream().map(team -> counted.get(team.id)).toList();
    }

    static TeamUsage of(Team team) {
        Map<Long, TeamUsage> counted = new HashMap<>(Map.of(team.id, new TeamUsage(team, 0, 0)));
        read(Team.getEntityManager().createNativeQuery(COUNTS.formatted("= :team")).setParameter("team", team.id),
                counted);
        return counted.get(team.id);
    }

    private static void read(Query counts, Map<Long, TeamUsage> counted) {
        for (Object row : counts.getResultList()) {
            Object[] columns = (Object[]) row;
            long teamId = ((Number) columns[0]).longValue();
            TeamUsage none = counted.get(teamId);
            if (none != null) {
                counted.put(teamId, new TeamUsage(none.team(), ((Number) columns[1]).longValue(),
                        ((Number) columns[2]).longValue()));
            }
        }
    }
}
