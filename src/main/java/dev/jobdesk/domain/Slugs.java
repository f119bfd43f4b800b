package dev.jobdesk.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Readable addresses made of words: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {

    private Slugs() {
    }

    /** "Développeur Back-end, Lisbon" reads "developpeur-back-end-lisbon"; at most {@code maxLength} long. */
    public static String of(String words, int maxLength) {
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > maxLength ? slug.substring(0, maxLength).replaceAll("-+$", "") : slug;
    }
}
