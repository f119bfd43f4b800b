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
        Map<Long, long[]> counts = counts(Team.getEntityManager().createNativeQuery(COUNTS.formatted("is not null")));
        return Team.all().stream().map(team -> of(team, counts)).toList();
    }

    static TeamUsage of(Team team) {
        return of(team, counts(Team.getEntityManager().createNativeQuery(COUNTS.formatted("= :team"))
                .setParameter("team", team.id)));
    }

    private static TeamUsage of(Team team, Map<Long, long[]> counts) {
        long[] counted = counts.getOrDefault(team.id, new long[2]);
        return new TeamUsage(team, counted[0], counted[1]);
    }

    /** By team id: how many postings name it, and how many of those are live. */
    private static Map<Long, long[]> counts(Query query) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(),
                    new long[] {((Number) columns[1]).longValue(), ((Number) columns[2]).longValue()});
        }
        return counts;
    }
}
