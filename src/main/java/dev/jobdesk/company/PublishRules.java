package dev.jobdesk.company;

import dev.jobdesk.catalog.Section;
import dev.jobdesk.domain.Labelled;
import io.quarkus.qute.TemplateData;
import java.util.Collection;
import java.util.Set;

/**
 * The company's rules for what a posting must have before it goes for approval and again before it
 * is published: a salary range (everywhere, or for postings in chosen places, as pay-transparency
 * laws ask), a closing date, at most so many words, lines in chosen sections. The posting's
 * readiness checklist shows each, with the rule it comes from.
 */
@TemplateData
public record PublishRules(SalaryRule salary, Set<String> salaryPlaces, boolean closingDate, Integer maxWords,
                           Set<Section> requiredSections) {

    /** No rule beyond what every posting needs: for tests of the workflow itself. */
    public static final PublishRules NONE = new PublishRules(SalaryRule.NOWHERE, Set.of(), false, null, Set.of());

    /** Where a salary range is required. */
    @TemplateData
    public enum SalaryRule implements Labelled {
        NOWHERE, COUNTRIES, EVERYWHERE
    }

    /**
     * Whether a posting in {@code country}, or open to the remote {@code areas}, must show pay: the
     * first place that asks for it, or null when none does ("everywhere" for the rule that asks it of all).
     */
    public String salaryRequiredBy(String country, Collection<String> areas) {
        return switch (salary) {
            case NOWHERE -> null;
            case EVERYWHERE -> "everywhere";
            case COUNTRIES -> {
                if (country != null && salaryPlaces.contains(country)) {
                    yield country;
                }
                yield areas.stream().filter(salaryPlaces::contains).findFirst().orElse(null);
            }
        };
    }
}
