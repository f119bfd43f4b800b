package dev.jobdesk.writing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch Reading Ease of a passage: 206.835 − 1.015 × words per sentence − 84.6 × syllables per
 * word, from about 100 (very easy) down to 0 and below (very hard). Each line of a list reads as at
 * least one sentence, as a candidate reads a bullet. Syllables are counted by vowel groups, which is
 * close for English and a guide, not a measure, for anything else.
 */
public record ReadingEase(String anchor, String name, int score, int words) {

    /** Fewer words than this make the score swing on one sentence, so the passage is not scored. */
    static final int FEWEST_WORDS = 20;

    public static final String SOURCE = "Flesch Reading Ease (Rudolf Flesch, 1948)";

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    static ReadingEase of(Passage passage) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (String line : passage.lines()) {
            for (String sentence : SENTENCE_END.split(line)) {
                if (LETTER.matcher(sentence).find()) {
                    sentences++;
                }
            }
            Matcher word = WORD.matcher(line);
            while (word.find()) {
                words++;
                syllables += syllables(word.group());
            }
        }
        if (words == 0) {
            return new ReadingEase(passage.anchor(), passage.name(), 0, 0);
        }
        double score = 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
        return new ReadingEase(passage.anchor(), passage.name(), (int) Math.round(score), words);
    }

    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int groups = 0;
        boolean afterVowel = false;
        for (int i = 0; i < lower.length(); i++) {
            boolean vowel = "aeiouy".indexOf(lower.charAt(i)) >= 0;
            if (vowel && !afterVowel) {
                groups++;
            }
            afterVowel = vowel;
        }
        // A final e is mostly silent (make, ensure), but not in -le (table, scalable).
        if (groups > 1 && lower.endsWith("e") && !lower.endsWith("le")) {
            groups--;
        }
        return Math.max(groups, 1);
    }

    public boolean scored() {
        return words >= FEWEST_WORDS;
    }

    /** Flesch's own names for the bands of the score. */
    public String band() {
        if (score >= 90) {
            return "Very easy";
        } else if (score >= 80) {
            return "Easy";
        } else if (score >= 70) {
            return "Fairly easy";
        } else if (score >= 60) {
            return "Plain English";
        } else if (score >= 50) {
            return "Fairly difficult";
        } else if (score >= 30) {
            return "Difficult";
        }
        return "Very difficult";
    }
}
