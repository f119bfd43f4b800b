package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void isReadableAsciiWithTheIdForUniqueness() {
        assertThat(Publication.slugFor("Senior Backend Engineer", "Lisbon, Portugal", 42L))
                .isEqualTo("senior-backend-engineer-lisbon-portugal-42");
        assertThat(Publication.slugFor("Développeuse Back-end", "Zürich", 7L)).isEqualTo("developpeuse-back-end-zurich-7");
    }

    @Test
    void survivesTitlesWithoutLettersAndVeryLongOnes() {
        assertThat(Publication.slugFor("★★★", null, 3L)).isEqualTo("job-3");
        assertThat(Publication.slugFor("x".repeat(300), "", 5L)).hasSize(102).endsWith("-5");
    }
}
