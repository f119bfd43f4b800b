package dev.jobdesk.careers;

import dev.jobdesk.company.Company;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.domain.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Everything a careers page is made of besides its posting: this build's views and code, the public
 * address, and the company's profile. A page kept under another version (see {@link CareersPage}) is
 * rendered again: after an upgrade, or once an admin has renamed the company.
 */
@ApplicationScoped
class SiteVersion {

    /** The version and the profile it was made with: the profile is kept a moment, so this mostly holds. */
    private record Made(Company.Profile profile, String version) {
    }

    /**
     * Enough to tell one site's versions apart; every kept card carries it, and a page of the list
     * at 100,000 postings decodes some 140 of them, seven a card read (see V33).
     */
    private static final int VERSION_BYTES = 8;

    private final String build;
    private final String publicUrl;
    private final Company company;
    private volatile Made last;

    SiteVersion(JobdeskConfig config, Company company) {
        this.build = build();
        this.publicUrl = config.publicUrl();
        this.company = company;
    }

    String current() {
        Company.Profile profile = company.profile();
        Made made = last;
        if (made == null || !made.profile().equals(profile)) {
            made = new Made(profile, Sha256.shortHex((build + "\n" + publicUrl + "\n" + profile)
                    .getBytes(StandardCharsets.UTF_8), VERSION_BYTES));
            last = made;
        }
        return made.version();
    }

    /**
     * The application's own jar, read once: any change to a view or to the code that fills it makes
     * another. Run from a folder of classes (the tests), every start is a build of its own.
     */
    private static String build() {
        URL ownClass = SiteVersion.class.getResource(SiteVersion.class.getSimpleName() + ".class");
        try {
            if (ownClass != null && ownClass.openConnection() instanceof JarURLConnection jar) {
                return Sha256.shortHex(Files.readAllBytes(Path.of(jar.getJarFileURL().toURI())), 16);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the application's jar", e);
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException notAFile) {
            // Inside another archive, say: treated as a build of its own below.
        }
        return UUID.randomUUID().toString();
    }
}
