package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the careers search reads words, without a running app. */
class SearchWordsTest {

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertThat(SearchWords.ofQuery("Zürich, ZURICH & zurich!")).containsExactly("zurich");
        assertThat(SearchWords.ofQuery("  Senior   C++/Go-Engineer ")).containsExactly("senior", "c", "go", "engineer");
        assertThat(SearchWords.ofQuery("São Paulo")).containsExactly("sao", "paulo");
    }

    @Test
    void aQueryReadsAFewWordsAndALongWordIsCut() {
        assertThat(SearchWords.ofQuery("a b c d e f g h")).hasSize(SearchWords.MAX_QUERY_WORDS);
        assertThat(SearchWords.ofQuery("x".repeat(100)).get(0)).hasSize(SearchWords.MAX_LENGTH);
        assertThat(SearchWords.ofQuery(" ,;% _ ")).isEmpty();
        assertThat(SearchWords.ofQuery(null)).isEmpty();
    }
}
