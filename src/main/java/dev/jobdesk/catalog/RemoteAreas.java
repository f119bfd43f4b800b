package dev.jobdesk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where candidates for a remote role may live: countries (ISO 3166-1 alpha-2 codes) and the regions
 * beyond one country that employers hire across, each region with a code of its own that no country
 * code can be. Structured data names a country a Country and a region an AdministrativeArea.
 */
public final class RemoteAreas {

    /** One choice of the select: a code and its English name. */
    public record Area(String code, String name) {
    }

    private static final List<Area> REGIONS = List.of(
            new Area("EUROPEAN_UNION", "European Union"),
            new Area("EEA", "European Economic Area"),
            new Area("EUROPE", "Europe"),
            new Area("NORTH_AMERICA", "North America"),
            new Area("LATIN_AMERICA", "Latin America"),
            new Area("ASIA_PACIFIC", "Asia-Pacific"),
            new Area("MIDDLE_EAST_AFRICA", "Middle East and Africa"));
    private static final Map<String, String> REGION_NAMES =
            Map.ofEntries(REGIONS.stream().map(area -> Map.entry(area.code(), area.name())).toArray(Map.Entry[]::new));

    /** A remote posting names at most this many. */
    public static final int MAX = 20;

    private RemoteAreas() {
    }

    /** The regions first, then every country by name. */
    public static List<Area> regions() {
        return REGIONS;
    }

    public static boolean isKnown(String code) {
        return REGION_NAMES.containsKey(code) || Countries.isKnown(code);
    }

    public static boolean isCountry(String code) {
        return Countries.isKnown(code);
    }

    /** "Portugal" for "PT", "European Union" for "EUROPEAN_UNION"; nothing for an unknown code. */
    public static String nameOf(String code) {
        return REGION_NAMES.containsKey(code) ? REGION_NAMES.get(code) : Countries.nameOf(code);
    }

    /** The names of {@code codes}, in their order, unknown ones left out. */
    public static List<String> namesOf(List<String> codes) {
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            String name = nameOf(code);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }
}
