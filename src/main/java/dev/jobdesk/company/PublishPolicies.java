package dev.jobdesk.company;

import dev.jobdesk.catalog.Countries;
import dev.jobdesk.catalog.RemoteAreas;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.web.FieldErrors;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;

/** The admin's publish policy at /admin/settings: reading it for the workflow, and saving it. */
@ApplicationScoped
public class PublishPolicies {

    /** The most words a limit may allow: far beyond any posting the form accepts. */
    static final int MAX_WORDS_LIMIT = 20_000;

    static final String CACHE = "publish-rules";

    /** The policy as the form posts it. */
    public record PolicyForm(@RestForm String salary, @RestForm List<String> salaryPlaces, @RestForm String closingDate,
                             @RestForm String maxWords, @RestForm List<String> sections) {

        public PolicyForm {
            salaryPlaces = salaryPlaces == null ? List.of() : List.copyOf(salaryPlaces);
            sections = sections == null ? List.of() : List.copyOf(sections);
        }

        static PolicyForm of(PublishRules rules) {
            return new PolicyForm(rules.salary().name(), List.copyOf(rules.salaryPlaces()), rules.closingDate() ? "on" : null,
                    rules.maxWords() == null ? "" : rules.maxWords().toString(),
                    rules.requiredSections().stream().map(Section::name).toList());
        }
    }

    /** A place the salary rule can name, as the settings page offers it. */
    @TemplateData
    public record Place(String code, String name, boolean region) {
    }

    /** An admin saved the policy. */
    record PolicyChanged() {
    }

    private final Event<PolicyChanged> changed;

    PublishPolicies(Event<PolicyChanged> changed) {
        this.changed = changed;
    }

    /** The rules in force: as the admin set them, or none beyond the basics when no row exists (a fresh schema). */
    public PublishRules rules() {
        return PublishPolicy.withItsLists().map(PublishPolicy::rules).orElse(PublishRules.NONE);
    }

    /**
     * The rules as an owner's page lists them before publishing, kept a moment (cache {@value #CACHE}):
     * every view of a posting by its owner asked for them. This replica shows an admin's change at once,
     * the others within the cache's lifetime; publishing itself checks {@link #rules()}, read afresh.
     */
    @CacheResult(cacheName = CACHE)
    public PublishRules rulesToShow() {
        return rules();
    }

    /** Once a change is committed (not before, or a read in between would keep the old rules): read them again. */
    @CacheInvalidateAll(cacheName = CACHE)
    void policyChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyChanged change) {
    }

    public PolicyForm form() {
        return PolicyForm.of(rules());
    }

    /** The remote regions first, then every country. */
    public List<Place> places() {
        return Stream.concat(
                RemoteAreas.regions().stream().map(area -> new Place(area.code(), area.name(), true)),
                Countries.all().stream().map(country -> new Place(country.code(), country.name(), false))).toList();
    }

    /** Saves the policy, or says what is wrong with the form and saves nothing. */
    @Transactional
    public FieldErrors save(PolicyForm form) {
        FieldErrors errors = FieldErrors.none();
        PublishRules.SalaryRule salary = null;
        try {
            salary = PublishRules.SalaryRule.valueOf(form.salary() == null ? "" : form.salary());
        } catch (IllegalArgumentException unknown) {
            errors.add("salary", "Choose one of the choices offered.");
        }
        Set<String> places = new TreeSet<>();
        for (String place : form.salaryPlaces()) {
            if (RemoteAreas.isKnown(place)) {
                places.add(place);
            } else {
                errors.add("salaryPlaces", "Choose places from the list.");
            }
        }
        if (salary == PublishRules.SalaryRule.COUNTRIES && places.isEmpty() && !errors.has("salaryPlaces")) {
            errors.add("salaryPlaces", "Choose at least one place, or require a salary everywhere or nowhere.");
        }
        Integer maxWords = null;
        if (form.maxWords() != null && !form.maxWords().isBlank()) {
            try {
                maxWords = Integer.valueOf(form.maxWords().strip());
                if (maxWords < 1 || maxWords > MAX_WORDS_LIMIT) {
                    errors.add("maxWords", "Enter a number of words from 1 to " + MAX_WORDS_LIMIT + ", or leave it empty for no limit.");
                }
            } catch (NumberFormatException e) {
                errors.add("maxWords", "Enter a whole number of words, or leave it empty for no limit.");
            }
        }
        Set<Section> sections = EnumSet.noneOf(Section.class);
        for (String name : form.sections()) {
            try {
                sections.add(Section.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                errors.add("sections", "Choose sections from the list.");
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        PublishPolicy policy = PublishPolicy.<PublishPolicy>findByIdOptional(PublishPolicy.ID).orElseGet(() -> {
            PublishPolicy first = new PublishPolicy();
            first.id = PublishPolicy.ID;
            return first;
        });
        policy.salaryRequired = salary;
        policy.salaryPlaces.clear();
        policy.salaryPlaces.addAll(places);
        policy.closingDateRequired = "on".equals(form.closingDate());
        policy.maxWords = maxWords;
        policy.requiredSections.clear();
        policy.requiredSections.addAll(sections);
        policy.persist();
        changed.fire(new PolicyChanged());
        return errors;
    }
}
