package dev.jobdesk.company;

import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.TypedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestForm;

/** What an admin changes about the company: its page on the careers site, and its time zone. */
@ApplicationScoped
public class Settings {

    /** Every zone a closing date can end in, by IANA name. */
    static final Set<String> TIME_ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds());

    /** The settings form as typed, cleaned of what a reader cannot see; benefits one per line. */
    public record CompanyForm(
            @RestForm @NotBlank @Size(max = CompanyProfile.MAX_NAME) String name,
            @RestForm @Size(max = CompanyProfile.MAX_INTRODUCTION) String introduction,
            @RestForm String benefits,
            @RestForm String timeZone) {

        public CompanyForm {
            name = TypedText.line(name);
            introduction = TypedText.lines(introduction);
            benefits = TypedText.lines(benefits);
            timeZone = TypedText.line(timeZone);
        }

        static CompanyForm of(Company.Profile profile) {
            return new CompanyForm(profile.name(), profile.introduction(), String.join("\n", profile.benefits()),
                    profile.timeZone().getId());
        }

        /** The benefits, a line each, blank lines aside. */
        List<String> benefitLines() {
            return Arrays.stream(benefits.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    private final Company company;
    private final Validator validator;
    private final Event<CompanyChanged> changed;

    Settings(Company company, Validator validator, Event<CompanyChanged> changed) {
        this.company = company;
        this.validator = validator;
        this.changed = changed;
    }

    /** Saves the settings, or says field by field what is wrong and changes nothing. */
    @Transactional
    public FieldErrors save(CompanyForm form) {
        FieldErrors errors = FieldErrors.of(validator.validate(form));
        List<String> benefits = form.benefitLines();
        if (benefits.size() > CompanyProfile.MAX_BENEFITS) {
            errors.add("benefits", "List at most " + CompanyProfile.MAX_BENEFITS + " benefits.");
        } else if (benefits.stream().anyMatch(line -> line.length() > CompanyProfile.MAX_BENEFIT)) {
            errors.add("benefits", "Keep each benefit to " + CompanyProfile.MAX_BENEFIT + " characters.");
        }
        if (!TIME_ZONES.contains(form.timeZone())) {
            errors.add("timeZone", "Choose a time zone from the list.");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        CompanyProfile row = CompanyProfile.findById(CompanyProfile.ONLY);
        row.name = form.name();
        row.introduction = form.introduction().isEmpty() ? null : form.introduction();
        row.benefits.clear();
        row.benefits.addAll(benefits);
        row.timeZone = form.timeZone();
        company.changed();
        changed.fire(new CompanyChanged());
        return errors;
    }
}
