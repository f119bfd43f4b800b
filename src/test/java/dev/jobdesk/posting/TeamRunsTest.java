package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TeamRunsTest {

    @Test
    void everyPostingHasItsOwnTeamBackWhereverItsRunBeginsOrEnds() {
        List<String> teams = Arrays.asList("Data", "Data", "Data", "Platform", null, null, "Data");
        TeamRuns runs = TeamRuns.of(teams);

        assertThat(IntStream.range(0, teams.size()).mapToObj(runs::at).toList()).isEqualTo(teams);
    }

    @Test
    void aRunWeighsTheSameHoweverLongItIs() {
        TeamRuns one = TeamRuns.of(List.of("Data"));
        TeamRuns oneLong = TeamRuns.of(Collections.nCopies(100_000, "Data"));
        TeamRuns three = TeamRuns.of(List.of("Data", "Platform", "Data"));

        assertThat(oneLong.weight()).isEqualTo(one.weight()).isPositive();
        assertThat(three.weight()).isEqualTo(3 * one.weight());
        assertThat(oneLong.at(99_999)).isEqualTo("Data");
    }

    @Test
    void anEmptyListingHasNoRuns() {
        assertThat(TeamRuns.of(List.of()).weight()).isZero();
    }
}
