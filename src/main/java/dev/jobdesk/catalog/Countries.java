package dev.jobdesk.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The countries a posting can be in: ISO 3166-1 alpha-2 codes, named in English as candidates read them. */
public final class Countries {

    /** One country of the select, in the order of its English name. */
    public record Country(String code, String name) {
    }

    private static final List<Country> ALL = Stream.of(Locale.getISOCountries())
            .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name)).toList();
    private static final Map<String, Country> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Country::code, Function.identity()));

    private Countries() {
    }

    public static List<Country> all() {
        return ALL;
    }

    public static boolean isKnown(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    /** "Portugal" for "PT"; an unknown or missing code names nothing. */
    public static String nameOf(String code) {
        return isKnown(code) ? BY_CODE.get(code).name() : null;
    }
}
