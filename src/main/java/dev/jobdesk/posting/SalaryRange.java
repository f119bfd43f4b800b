package dev.jobdesk.posting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** What the job pays: a range in one currency per period. Hibernate maps all-empty columns to none. */
@Embeddable
public class SalaryRange {

    /** The currencies offered in the form; any of them is a valid ISO 4217 code. */
    public static final List<String> CURRENCIES =
            List.of("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "INR", "JPY", "SGD", "BRL");

    /** Each currency's symbol in English, looked up once: the JDK reads locale data to find one. */
    private static final Map<String, String> SYMBOLS = new ConcurrentHashMap<>();

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

    /** "€ 80,000 – 95,000 per year", the same for every reader whatever their locale. */
    public String display() {
        String symbol = SYMBOLS.computeIfAbsent(currency, code -> Currency.getInstance(code).getSymbol(Locale.ENGLISH));
        String range = min.equals(max) ? grouped(min) : grouped(min) + " – " + grouped(max);
        return symbol + " " + range + " " + period.label();
    }

    /**
     * 80000 as "80,000", digits grouped as in English. Written out rather than through NumberFormat,
     * which is made afresh for each call: posting pages and careers cards show salaries on every view.
     */
    static String grouped(long amount) {
        if (amount < 0) {
            return "-" + grouped(-amount);
        }
        String digits = Long.toString(amount);
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
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
