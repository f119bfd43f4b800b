package dev.jobdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bcrypt cost the configuration may set: what bcrypt takes, and nothing else, refused at start. */
class BcryptCostTest {

    private final BcryptCost converter = new BcryptCost();

    @Test
    void takesFourToThirtyOne() {
        assertThat(converter.convert("4")).isEqualTo(4);
        assertThat(converter.convert(" 10 ")).isEqualTo(10);
        assertThat(converter.convert("31")).isEqualTo(31);
    }

    @Test
    void refusesWhatBcryptCannotUse() {
        assertThatThrownBy(() -> converter.convert("3")).hasMessageContaining("4 to 31, not 3");
        assertThatThrownBy(() -> converter.convert("32")).hasMessageContaining("4 to 31, not 32");
        assertThatThrownBy(() -> converter.convert("ten")).isInstanceOf(NumberFormatException.class);
    }
}
