package dev.jobdesk.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The team of each posting of a listing, kept as runs: the careers page's order lists a team's
 * postings together, so 100,000 postings make a few dozen runs rather than a reference each. In
 * another order (newest first, for the API) runs are short, and the runs share each team's name.
 */
final class TeamRuns {

    /** Where each run begins, in ascending order; the first begins at 0. */
    private final int[] starts;
    private final String[] teams;

    private TeamRuns(int[] starts, String[] teams) {
        this.starts = starts;
        this.teams = teams;
    }

    /** The runs of these teams (null for none), in the listing's order. */
    static TeamRuns of(List<String> teamsInOrder) {
        List<Integer> starts = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        Map<String, String> sharedNames = new HashMap<>();
        for (int i = 0; i < teamsInOrder.size(); i++) {
            String team = teamsInOrder.get(i);
            if (i == 0 || !Objects.equals(team, teams.get(teams.size() - 1))) {
                starts.add(i);
                teams.add(team == null ? null : sharedNames.computeIfAbsent(team, name -> name));
            }
        }
        return new TeamRuns(starts.stream().mapToInt(Integer::intValue).toArray(), teams.toArray(String[]::new));
    }

    /** The team of the posting at {@code index} in the listing. */
    String at(int index) {
        int found = Arrays.binarySearch(starts, index);
        return teams[found >= 0 ? found : -found - 2];
    }

    /** About what the runs weigh on the heap, in bytes. */
    int weight() {
        return starts.length * (Integer.BYTES + 4);
    }
}
