package dev.jobdesk.config;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * A bcrypt cost as the configuration gives it: 4 to 31, what bcrypt takes, so that a wrong value stops
 * the start rather than the first password set. A converter rather than {@code @Min} and {@code @Max}:
 * a constraint on the configuration has Quarkus build a validator of its own at every start, 0.9 s of
 * CPU on a 2-core machine, for this one number.
 */
public final class BcryptCost implements Converter<Integer> {

    private static final int MIN = 4;
    private static final int MAX = 31;

    @Override
    public Integer convert(String value) {
        int cost = Integer.parseInt(value.strip());
        if (cost < MIN || cost > MAX) {
            throw new IllegalArgumentException("bcrypt takes a cost of " + MIN + " to " + MAX + ", not " + cost);
        }
        return cost;
    }
}
