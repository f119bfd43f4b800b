package dev.jobdesk.company;

import dev.jobdesk.domain.Sha256;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.TypedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    private final Validator validator;
    private final Event<CompanyChanged> changed;

    Settings(Validator validator, Event<CompanyChanged> changed) {
        this.validator = validator;
        this.changed = changed;
    }

    /** A logo may weigh this much at most. */
    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    /**
     * Makes {@code image} the logo, or says why not and changes nothing. What it is, is read from its
     * bytes, never from its name or the type the browser claims: PNG, JPEG or WebP, and no SVG,
     * which can carry script.
     */
    @Transactional
    public Optional<String> replaceLogo(Path upload) throws IOException {
        long size = upload == null ? 0 : Files.size(upload);
        if (size == 0) {
            return Optional.of("Choose an image file to upload.");
        }
        if (size > MAX_LOGO_BYTES) {
            return Optional.of("Use an image of at most 1 MB (this one has " + (size + 1023) / 1024 + " KB).");
        }
        byte[] image = Files.readAllBytes(upload);
        Optional<String> type = imageType(image);
        if (type.isEmpty()) {
            return Optional.of("Upload a PNG, JPEG or WebP image. SVG and other files are not accepted.");
        }
        CompanyProfile row = CompanyProfile.findById(CompanyProfile.ONLY);
        row.logo = image;
        row.logoType = type.get();
        row.logoVersion = versionOf(image);
        changed.fire(new CompanyChanged());
        return Optional.empty();
    }

    @Transactional
    public void removeLogo() {
        CompanyProfile row = CompanyProfile.findById(CompanyProfile.ONLY);
        row.logo = null;
        row.logoType = null;
        row.logoVersion = null;
        changed.fire(new CompanyChanged());
    }

    /** The media type an image's first bytes say it is, for the three kinds a logo may be. */
    static Optional<String> imageType(byte[] image) {
        if (startsWith(image, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(image, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(image, 0, 'R', 'I', 'F', 'F') && startsWith(image, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String versionOf(byte[] image) {
        return Sha256.shortHex(image, 6);
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
        changed.fire(new CompanyChanged());
        return errors;
    }
}
