package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssetsTest {

    @Test
    void anAccentColourIsSixHexDigits() {
        assertThat(Assets.checked("#2251C7")).isEqualTo("#2251C7");
        for (String notAColour : new String[] {"red", "#fff", "#2251c7; } body { display: none", "", null}) {
            assertThatThrownBy(() -> Assets.checked(notAColour)).hasMessageContaining("#rrggbb");
        }
    }

    @Test
    void theHoverShadeIsThreeQuartersOfEachChannel() {
        assertThat(Assets.darker("#2251c7")).isEqualTo("#193c95");
    }
}
