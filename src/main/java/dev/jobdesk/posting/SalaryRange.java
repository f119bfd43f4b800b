package dev.jobdesk.posting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What the job pays: a range in one currency per period. Hibernate maps all-empty columns to none. */
@Embeddable
public class SalaryRange {

    /** The currencies offered in the form; any of them is a valid ISO 4217 code. */
    public static final List<String> CURRENCIES =
            List.of("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "INR", "JPY", "SGD", "BRL");

    @Column(name = "salary_min")
    public Integer min;

    @Column(name = "salary_max")
    public Integer max;

    @Column(name = "salary_currency", length = 3)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "salary_period", length = 8)
    public SalaryPeriod period;

    protected SalaryRange() {
    }

    public SalaryRange(int min, int max, String currency, SalaryPeriod period) {
        if (min > max) {
            throw new IllegalArgumentException("The minimum salary is above the maximum");
        }
        this.min = min;
        this.max = max;
        this.currency = currency;
        this.period = period;
    }

    /** "EUR 80,000 – 95,000 per year", the same for every reader whatever their locale. */
    public String display() {
        NumberFormat amounts = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        String symbol = Currency.getInstance(currency).getSymbol(Locale.ENGLISH);
        String range = min.equals(max) ? amounts.format(min) : amounts.format(min) + " – " + amounts.format(max);
        return symbol + " " + range + " " + period.label();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SalaryRange that && Objects.equals(min, that.min) && Objects.equals(max, that.max)
                && Objects.equals(currency, that.currency) && period == that.period;
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, max, currency, period);
    }
}
