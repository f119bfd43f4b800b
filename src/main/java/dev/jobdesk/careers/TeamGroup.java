package dev.jobdesk.careers;

import dev.jobdesk.posting.PublishedPostings;
import io.quarkus.qute.RawString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The postings of one team on a page of the careers list, and how many the team has in all that the
 * filter finds. {@code team} is null for postings without one, which come last.
 */
public record TeamGroup(String team, long count, List<RawString> cards) {

    /** The cards of a page, ordered by team, split where the team changes, each as {@code rendered} gives it. */
    static List<TeamGroup> of(List<PublishedPostings.Card> cards, Map<String, Long> countByTeam,
                              Function<PublishedPostings.Card, RawString> rendered) {
        List<TeamGroup> groups = new ArrayList<>();
        for (PublishedPostings.Card card : cards) {
            TeamGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last == null || !Objects.equals(last.team, card.team())) {
                last = new TeamGroup(card.team(), countByTeam.getOrDefault(card.team(), 0L), new ArrayList<>());
                groups.add(last);
            }
            last.cards.add(rendered.apply(card));
        }
        return groups;
    }

    /** "3 open positions", "1 open position". */
    public String countText() {
        return count + (count == 1 ? " open position" : " open positions");
    }
}
