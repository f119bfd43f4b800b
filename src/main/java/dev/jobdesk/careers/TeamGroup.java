package dev.jobdesk.careers;

import dev.jobdesk.posting.LiveListings;
import io.quarkus.qute.RawString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The postings of one team on a page of the careers list, and how many the team has in all that the
 * filter finds. {@code team} is null for postings without one, which come last.
 */
public record TeamGroup(String team, long count, List<RawString> cards) {

    /**
     * The postings of a page, ordered by team, split where the team changes, each as its card in
     * {@code cards}; a posting without one (closed since it was listed) is left out.
     */
    static List<TeamGroup> of(List<LiveListings.Listed> postings, Map<String, Long> countByTeam,
                              Map<Long, RawString> cards) {
        List<TeamGroup> groups = new ArrayList<>();
        for (LiveListings.Listed posting : postings) {
            RawString card = cards.get(posting.id());
            if (card == null) {
                continue;
            }
            TeamGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last == null || !Objects.equals(last.team, posting.team())) {
                last = new TeamGroup(posting.team(), countByTeam.getOrDefault(posting.team(), 0L), new ArrayList<>());
                groups.add(last);
            }
            last.cards.add(card);
        }
        return groups;
    }

    /** "3 open positions", "1 open position". */
    public String countText() {
        return count + (count == 1 ? " open position" : " open positions");
    }
}
