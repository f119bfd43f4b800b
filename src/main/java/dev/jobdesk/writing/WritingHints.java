package dev.jobdesk.writing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.config.JobdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hints on a posting's wording that never block it: exclusionary or gendered words and insider jargon
 * (from word lists a company can extend), a must-have list too long to meet, years beyond the level's,
 * and passages hard to read. Each hint says where its advice comes from.
 */
@ApplicationScoped
public class WritingHints {

    static final String WORDING = "wording.txt";
    static final String JARGON = "jargon.txt";

    /** More must-haves than this read as a wish list; many people apply only when they meet them all. */
    static final int MOST_MUST_HAVES = 8;
    static final String MUST_HAVES_SOURCE = "Jobdesk's rule, after Tara Sophia Mohr, \"Why Women Don't Apply for Jobs"
            + " Unless They're 100% Qualified\", Harvard Business Review, 2014";

    static final String YEARS_SOURCE = "Jobdesk's rule: a must-have beyond the level's years turns away the people"
            + " the level is for";

    /** Below this a passage is past Flesch's "very difficult" for most readers, engineers included. */
    static final int HARD_TO_READ = 20;

    // "3+ years", "5-7 years", "10 yrs": the first number is what the line asks at least.
    private static final Pattern YEARS_ASKED = Pattern.compile(
            "(\\d{1,2})\\s*(?:\\+|(?:-|–|to)\\s*\\d{1,2})?\\s*\\+?\\s*(?:years?|yrs)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2})");
    private static final Pattern OPEN_ENDED = Pattern.compile("\\d{1,2}\\s*\\+");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    /** What the kept reports may weigh, counted by the text they were made from: the hints of about 200 postings. */
    static final long MAX_KEPT_CHARACTERS = 2_000_000;

    private final TermList wording;
    private final TermList jargon;

    /**
     * Reports already made, by what they were made from. The edit page shows the hints on the saved
     * text at every view, and the text changes far less often than it is viewed; reading it was most of
     * the page's own work. The word lists are fixed from the start, so a report is the same whenever made.
     */
    private final Cache<Reading, WritingReport> reports = Caffeine.newBuilder()
            .maximumWeight(MAX_KEPT_CHARACTERS).weigher((Reading reading, WritingReport report) -> reading.weight())
            .build();

    private record Reading(List<Passage> passages, String experience) {

        int weight() {
            return passages.stream().flatMap(passage -> passage.lines().stream()).mapToInt(String::length).sum() + 256;
        }
    }

    @Inject
    WritingHints(JobdeskConfig config) {
        this(config.wordLists().map(Path::of));
    }

    /** The shipped lists, and the company's additions from {@code companyFolder}. */
    WritingHints(Optional<Path> companyFolder) {
        companyFolder.filter(folder -> !Files.isDirectory(folder)).ifPresent(folder -> {
            throw new IllegalStateException("jobdesk.word-lists names " + folder + ", which is not a folder");
        });
        this.wording = TermList.shipped(WORDING)
                .plus(companyFolder.map(folder -> TermList.company(folder, WORDING)).orElse(TermList.empty()));
        this.jargon = TermList.shipped(JARGON)
                .plus(companyFolder.map(folder -> TermList.company(folder, JARGON)).orElse(TermList.empty()));
    }

    /**
     * The hints on {@code passages}, in the order a manager reads them, with the reading ease of each
     * passage long enough to score; {@code experience} is the level's, as "3-5 years".
     */
    public WritingReport read(List<Passage> passages, String experience) {
        return reports.get(new Reading(List.copyOf(passages), experience),
                reading -> readNow(reading.passages(), reading.experience()));
    }

    private WritingReport readNow(List<Passage> passages, String experience) {
        List<Hint> hints = new ArrayList<>();
        List<ReadingEase> scores = new ArrayList<>();
        for (Passage passage : passages) {
            for (int line = 0; line < passage.lines().size(); line++) {
                String text = passage.lines().get(line);
                terms(hints, wording, Hint.Kind.WORDING, passage, line, text);
                terms(hints, jargon, Hint.Kind.JARGON, passage, line, text);
                if (passage.section() == Section.MUST_HAVE) {
                    yearsBeyond(hints, passage, line, text, experience);
                }
            }
            if (passage.section() == Section.MUST_HAVE && passage.lines().size() > MOST_MUST_HAVES) {
                hints.add(new Hint(Hint.Kind.MUST_HAVES, passage.anchor(), passage.name(),
                        passage.lines().size() + " must-haves. Keep the " + MOST_MUST_HAVES
                                + " that matter most and move the rest to nice-to-have.", MUST_HAVES_SOURCE));
            }
            // A tools list is names, not sentences: a reading score says nothing about it.
            if (passage.section() != Section.TOOL) {
                ReadingEase ease = ReadingEase.of(passage);
                if (ease.scored()) {
                    scores.add(ease);
                    if (ease.score() < HARD_TO_READ) {
                        hints.add(new Hint(Hint.Kind.READING_EASE, passage.anchor(), passage.name(),
                                "Reading ease " + ease.score() + " (" + ease.band().toLowerCase(Locale.ROOT)
                                        + "). Shorter sentences and plainer words reach candidates outside the team.",
                                ReadingEase.SOURCE));
                    }
                }
            }
        }
        return new WritingReport(hints, scores);
    }

    private static void terms(List<Hint> hints, TermList list, Hint.Kind kind, Passage passage, int line, String text) {
        for (TermList.Found found : list.findIn(text)) {
            hints.add(new Hint(kind, passage.anchor(), passage.where(line),
                    "\"" + found.asWritten() + "\": try " + found.term().instead() + ".", found.term().source()));
        }
    }

    private static void yearsBeyond(List<Hint> hints, Passage passage, int line, String text, String experience) {
        Optional<Integer> most = mostYears(experience);
        if (most.isEmpty()) {
            return;
        }
        Matcher asked = YEARS_ASKED.matcher(text);
        while (asked.find()) {
            if (Integer.parseInt(asked.group(1)) > most.get()) {
                hints.add(new Hint(Hint.Kind.YEARS, passage.anchor(), passage.where(line),
                        "Asks for " + asked.group().strip() + "; this level's experience is " + experience.strip() + ".",
                        YEARS_SOURCE));
            }
        }
    }

    /** The most years a level's experience names: 5 for "3-5 years", none for "6+ years" or words. */
    static Optional<Integer> mostYears(String experience) {
        if (experience == null || OPEN_ENDED.matcher(experience).find()) {
            return Optional.empty();
        }
        Matcher range = RANGE.matcher(experience);
        if (range.find()) {
            return Optional.of(Integer.parseInt(range.group(2)));
        }
        Matcher number = NUMBER.matcher(experience);
        return number.find() ? Optional.of(Integer.parseInt(number.group())) : Optional.empty();
    }
}
