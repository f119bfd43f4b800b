package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SalaryRangeTest {

    @Test
    void readsTheSameForEveryVisitor() {
        assertThat(new SalaryRange(80000, 95000, "EUR", SalaryPeriod.YEAR).display())
                .isEqualTo("€ 80,000 – 95,000 per year");
        assertThat(new SalaryRange(60, 60, "USD", SalaryPeriod.HOUR).display()).isEqualTo("$ 60 per hour");
    }

    @Test
    void refusesAMinimumAboveTheMaximum() {
        assertThatThrownBy(() -> new SalaryRange(2, 1, "EUR", SalaryPeriod.YEAR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SalaryRange(1, 1, "EUR", SalaryPeriod.YEAR).min).isEqualTo(1);
    }

    @Test
    void isEqualByValue() {
        SalaryRange range = new SalaryRange(1, 2, "EUR", SalaryPeriod.YEAR);
        assertThat(range).isEqualTo(new SalaryRange(1, 2, "EUR", SalaryPeriod.YEAR)).hasSameHashCodeAs(
                new SalaryRange(1, 2, "EUR", SalaryPeriod.YEAR));
        assertThat(range).isNotEqualTo(new SalaryRange(1, 3, "EUR", SalaryPeriod.YEAR))
                .isNotEqualTo(new SalaryRange(0, 2, "EUR", SalaryPeriod.YEAR))
                .isNotEqualTo(new SalaryRange(1, 2, "USD", SalaryPeriod.YEAR))
                .isNotEqualTo(new SalaryRange(1, 2, "EUR", SalaryPeriod.MONTH))
                .isNotEqualTo("1-2 EUR");
    }
}
