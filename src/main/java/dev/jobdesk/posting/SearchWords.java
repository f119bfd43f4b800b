package dev.jobdesk.posting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Words as the careers search compares them: lower case, without accents, split at anything that is
 * not a letter or a digit, so that "Zürich", "ZURICH" and "zurich" are one word. A live posting keeps
 * the words of its text; a search matches each word typed as the start of one of them.
 */
public final class SearchWords {

    /** Longer words are kept cut to this length: a prefix that long finds them all the same. */
    public static final int MAX_LENGTH = 40;
    /** A query reads at most this many words; more narrow nothing a person means. */
    static final int MAX_QUERY_WORDS = 6;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private SearchWords() {
    }

    /** The distinct words of a posting's text a candidate may search for: title, team, place and every line. */
    static Set<String> of(PostingContent content) {
        List<String> texts = new ArrayList<>(List.of(content.title(), orEmpty(content.team()), content.place(),
                content.workplaceType().label(), content.employmentType().label(), content.seniority().label(),
                content.roleSummary(), String.join(" ", content.remoteAreaNames())));
        content.bullets().values().forEach(texts::addAll);
        content.kpis().forEach(kpi -> texts.add(kpi.toString()));
        Set<String> words = new LinkedHashSet<>();
        texts.forEach(text -> words.addAll(wordsIn(text)));
        return words;
    }

    /** The words typed into the search box, at most {@link #MAX_QUERY_WORDS}. */
    public static List<String> ofQuery(String query) {
        List<String> words = wordsIn(query);
        return words.isEmpty() ? words : words.stream().distinct().limit(MAX_QUERY_WORDS).toList();
    }

    private static List<String> wordsIn(String text) {
        // Most careers addresses carry no search: the normalizing and splitting below cost a visit
        // served from the page cache about 3% of its CPU.
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Stream.of(SEPARATORS.split(plain)).filter(word -> !word.isEmpty())
                .map(word -> word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
