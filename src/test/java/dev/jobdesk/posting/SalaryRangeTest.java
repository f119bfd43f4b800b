package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SalaryRangeTest {

    @Test
    void readsTheSameForEveryVisitor() {
        assertThat(new SalaryRange(80000, 95000, "EUR", SalaryPeriod.YEAR).display())
                .isEqualTo("€ 80,000 – 95,000 per year");
        assertThat(new SalaryRange(60, 60, "USD", SalaryPeriod.HOUR).display()).isEqualTo("$ 60 per hour");
    }

    @Test
    void groupsDigitsAsEnglishNumberFormattingDoes() {
        NumberFormat english = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        for (long amount : new long[] {0, 7, 999, 1000, 65_500, 100_000, 999_999, 1_234_567, Integer.MAX_VALUE, -45_000}) {
            assertThat(SalaryRange.grouped(amount)).as("%d", amount).isEqualTo(english.format(amount));
        }
        assertThat(new SalaryRange(4_500_000, 6_000_000, "JPY", SalaryPeriod.YEAR).display())
                .isEqualTo("¥ 4,500,000 – 6,000,000 per year");
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
