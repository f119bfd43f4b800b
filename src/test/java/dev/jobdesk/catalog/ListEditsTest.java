package dev.jobdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListEditsTest {

    private static final List<String> ROWS = List.of("a", "b", "c");

    @Test
    void movesRowsUpAndDown() {
        assertThat(ListEdits.apply(ROWS, "up", 1, "", 10)).containsExactly("b", "a", "c");
        assertThat(ListEdits.apply(ROWS, "down", 1, "", 10)).containsExactly("a", "c", "b");
    }

    @Test
    void addsABlankRowUpToTheLimitAndRemovesARow() {
        assertThat(ListEdits.apply(ROWS, "add", -1, "", 10)).containsExactly("a", "b", "c", "");
        assertThat(ListEdits.apply(ROWS, "add", -1, "", 3)).containsExactly("a", "b", "c");
        assertThat(ListEdits.apply(ROWS, "remove", 0, "", 10)).containsExactly("b", "c");
    }

    @Test
    void ignoresMovesPastTheEndsUnknownVerbsAndIndexesOutOfRange() {
        assertThat(ListEdits.apply(ROWS, "up", 0, "", 10)).isEqualTo(ROWS);
        assertThat(ListEdits.apply(ROWS, "down", 2, "", 10)).isEqualTo(ROWS);
        assertThat(ListEdits.apply(ROWS, "remove", 7, "", 10)).isEqualTo(ROWS);
        assertThat(ListEdits.apply(ROWS, "shuffle", 1, "", 10)).isEqualTo(ROWS);
    }
}
