package dev.jobdesk.writing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Wordings the writing hints point out, each with what to write instead and where the advice comes
 * from, read from a word list file (see src/main/resources/writing/wording.txt for the format).
 */
final class TermList {

    static final String SOURCE_LINE = "# source:";

    /** A wording, what to write instead, and where the entry comes from. */
    record Term(String wording, Pattern pattern, String instead, String source) {
    }

    /** One place a term was found: the text as written there, and where it starts. */
    record Found(Term term, String asWritten, int start) {
    }

    private record WordStart(String start, Term term) {
    }

    private final List<Term> terms;
    /**
     * The terms by their first word, lower case, so a text is read once, a word at a time, rather
     * than once for every term: each term's pattern then only checks the places its first word is at.
     */
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    /** One-word terms with any ending ("ninja*"), with the start of the word they match. */
    private final List<WordStart> byWordStart = new ArrayList<>();
    /** Terms that start with neither a letter nor a digit: no word start finds them, so the text is searched. */
    private final List<Term> searched = new ArrayList<>();

    private TermList(List<Term> terms) {
        this.terms = List.copyOf(terms);
        for (Term term : this.terms) {
            String leadingWord = leadingWord(term.wording(), 0);
            String firstWord = leadingWord.toLowerCase(Locale.ROOT);
            if (firstWord.isEmpty()) {
                searched.add(term);
            } else if (term.wording().equals(leadingWord + "*")) {
                byWordStart.add(new WordStart(firstWord, term));
            } else {
                byFirstWord.computeIfAbsent(firstWord, key -> new ArrayList<>()).add(term);
            }
        }
    }

    static TermList empty() {
        return new TermList(List.of());
    }

    /**
     * Reads a list: "wording = instead" a line; "#" starts a comment, and a "# source:" comment names
     * the source of the entries after it ({@code source} until the first one).
     */
    static TermList parse(List<String> lines, String source, String fileName) {
        List<Term> terms = new ArrayList<>();
        String current = source;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.regionMatches(true, 0, SOURCE_LINE, 0, SOURCE_LINE.length())) {
                current = line.substring(SOURCE_LINE.length()).strip();
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                int equals = line.indexOf('=');
                String wording = equals < 0 ? "" : line.substring(0, equals).strip();
                String instead = equals < 0 ? "" : line.substring(equals + 1).strip();
                if (wording.isEmpty() || wording.equals("*") || instead.isEmpty()) {
                    throw new IllegalArgumentException(fileName + ", line " + (i + 1)
                            + ": write the wording, \"=\", then what to write instead; found \"" + line + "\"");
                }
                terms.add(new Term(wording, patternOf(wording), instead, current));
            }
        }
        return new TermList(terms);
    }

    /** A list shipped with Jobdesk, under src/main/resources/writing. */
    static TermList shipped(String fileName) {
        String resource = "writing/" + fileName;
        try (InputStream in = TermList.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(text.lines().toList(), "Jobdesk's list", resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The company's additions in {@code folder}, if it holds a file of that name. */
    static TermList company(Path folder, String fileName) {
        Path file = folder.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), "Your company's list (" + fileName + ")",
                    file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the word list " + file, e);
        }
    }

    TermList plus(TermList more) {
        return new TermList(Stream.concat(terms.stream(), more.terms.stream()).toList());
    }

    /** Every wording of the list in {@code text}, in the order they are read. */
    List<Found> findIn(String text) {
        List<Found> found = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int codePoint = text.codePointAt(start);
            if (!isWordCharacter(codePoint)) {
                start += Character.charCount(codePoint);
                continue;
            }
            String word = leadingWord(text, start);
            String lowerCase = word.toLowerCase(Locale.ROOT);
            lookAt(text, start, byFirstWord.getOrDefault(lowerCase, List.of()), found);
            for (WordStart term : byWordStart) {
                if (lowerCase.startsWith(term.start())) {
                    lookAt(text, start, List.of(term.term()), found);
                }
            }
            start += word.length();
        }
        for (Term term : searched) {
            Matcher match = term.pattern().matcher(text);
            while (match.find()) {
                found.add(new Found(term, match.group(), match.start()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** Whether the terms match where a word starts; their patterns still look at what comes before. */
    private static void lookAt(String text, int wordStart, List<Term> candidates, List<Found> found) {
        for (Term term : candidates) {
            Matcher match = term.pattern().matcher(text).useTransparentBounds(true).region(wordStart, text.length());
            if (match.lookingAt()) {
                found.add(new Found(term, match.group(), wordStart));
            }
        }
    }

    /** The run of letters and digits from {@code start}: empty when none is there. */
    private static String leadingWord(String text, int start) {
        int end = start;
        while (end < text.length() && isWordCharacter(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return text.substring(start, end);
    }

    private static boolean isWordCharacter(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    /**
     * Whole words only, whatever the case; a space or hyphen matches either ("rock star", "rock-star"),
     * and a trailing * any ending ("ninja*" finds "ninjas").
     */
    private static Pattern patternOf(String wording) {
        boolean anyEnding = wording.endsWith("*");
        String words = anyEnding ? wording.substring(0, wording.length() - 1) : wording;
        String body = Arrays.stream(words.strip().split("[\\s-]+")).map(Pattern::quote)
                .collect(Collectors.joining("[\\s-]+"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + (anyEnding ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
