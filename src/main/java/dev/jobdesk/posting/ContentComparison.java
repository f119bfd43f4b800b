package dev.jobdesk.posting;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.jobdesk.catalog.Section;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a posting's content, section by section and word by word,
 * as a lead reads a resubmission: the words taken out, the words put in, and the rest as it was.
 */
@TemplateData
public record ContentComparison(List<SectionChange> sections) {

    /** Beyond this many words, two changed passages are shown replaced whole: comparing word by word would take long. */
    private static final int MAX_WORDS_COMPARED = 3000;

    /** Words, runs of spaces, line breaks and single other characters: the units a change is told in. */
    private static final Pattern TOKEN = Pattern.compile("\\n|[^\\S\\n]+|[\\p{L}\\p{N}]+|.");

    public enum Kind { SAME, DELETED, INSERTED }

    /** A run of text that is the same on both sides, taken out, or put in. */
    @TemplateData
    public record Segment(String text, Kind kind) {
        public boolean deleted() {
            return kind == Kind.DELETED;
        }

        public boolean inserted() {
            return kind == Kind.INSERTED;
        }
    }

    /** One section of the posting, and how it changed; {@code anchor} is where the full text shows it. */
    @TemplateData
    public record SectionChange(String name, String anchor, List<Segment> segments) {
        public boolean changed() {
            return segments.stream().anyMatch(segment -> segment.kind() != Kind.SAME);
        }
    }

    public static ContentComparison between(PostingContent before, PostingContent after) {
        return new ContentComparison(texts(before, after).stream()
                .map(texts -> change(texts.name(), texts.anchor(), texts.before(), texts.after())).toList());
    }

    /**
     * How many sections differ, without comparing them word by word: all that a list of postings
     * shows of a resubmission, and a lead's queue lists many.
     */
    public static ChangedSections changedSections(PostingContent before, PostingContent after) {
        return new ChangedSections(texts(before, after).stream().filter(SectionTexts::differ).count());
    }

    public ChangedSections changed() {
        return new ChangedSections(sections.stream().filter(SectionChange::changed).count());
    }

    public String summary() {
        return changed().summary();
    }

    /** How many sections of a posting changed. */
    @TemplateData
    public record ChangedSections(long count) {

        /** "3 sections changed", "1 section changed", "Nothing changed". */
        public String summary() {
            return count == 0 ? "Nothing changed" : count + (count == 1 ? " section changed" : " sections changed");
        }
    }

    /** A section's text on both sides, as it is compared. */
    private record SectionTexts(String name, String anchor, String before, String after) {

        /** As {@link #change}, which finds no change between a missing text and an empty one. */
        boolean differ() {
            return !Objects.requireNonNullElse(before, "").equals(Objects.requireNonNullElse(after, ""));
        }
    }

    private static List<SectionTexts> texts(PostingContent before, PostingContent after) {
        List<SectionTexts> sections = new ArrayList<>();
        sections.add(new SectionTexts("The job", "facts", facts(before), facts(after)));
        sections.add(new SectionTexts("Role summary", "summary", before.roleSummary(), after.roleSummary()));
        for (Section section : Section.values()) {
            sections.add(new SectionTexts(section.label(), section.name(), joined(before.bullets(section)),
                    joined(after.bullets(section))));
        }
        sections.add(new SectionTexts("KPIs", "KPI", kpis(before), kpis(after)));
        sections.add(new SectionTexts("Reporting", "reporting", reporting(before), reporting(after)));
        sections.add(new SectionTexts("Questions candidates ask", "FAQ", faqs(before), faqs(after)));
        return sections;
    }

    /**
     * Line by line first, then word by word within the lines that changed: a long posting compares in
     * little time, and a passage too long to compare word by word reads as replaced whole.
     */
    static SectionChange change(String name, String anchor, String before, String after) {
        List<String> from = lines(before);
        List<String> to = lines(after);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Kind.SAME, from.subList(position, start));
            wordByWord(segments, String.join("", delta.getSource().getLines()),
                    String.join("", delta.getTarget().getLines()));
            position = start + delta.getSource().size();
        }
        add(segments, Kind.SAME, from.subList(position, from.size()));
        return new SectionChange(name, anchor, joinedAcrossSpaces(segments));
    }

    private static void wordByWord(List<Segment> segments, String removed, String added) {
        List<String> from = tokens(removed);
        List<String> to = tokens(added);
        if (from.size() + to.size() > MAX_WORDS_COMPARED) {
            add(segments, Kind.DELETED, List.of(removed));
            add(segments, Kind.INSERTED, List.of(added));
            return;
        }
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            add(segments, Kind.SAME, from.subList(position, delta.getSource().getPosition()));
            add(segments, Kind.DELETED, delta.getSource().getLines());
            add(segments, Kind.INSERTED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Kind.SAME, from.subList(position, from.size()));
    }

    /** The lines of a text, each with the break that ends it. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end + 1));
            start = end + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * Changes separated by nothing but a space read as one: "Backend Developer" replaced by "Revised
     * Engineer", rather than each word replaced on its own around a space that stayed.
     */
    private static List<Segment> joinedAcrossSpaces(List<Segment> segments) {
        List<Segment> joined = new ArrayList<>();
        int next = 0;
        while (next < segments.size()) {
            if (segments.get(next).kind() == Kind.SAME) {
                joined.add(segments.get(next++));
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            boolean anyDeleted = false;
            boolean anyInserted = false;
            for (; next < segments.size(); next++) {
                Segment segment = segments.get(next);
                if (segment.kind() == Kind.DELETED) {
                    deleted.append(segment.text());
                    anyDeleted = true;
                } else if (segment.kind() == Kind.INSERTED) {
                    inserted.append(segment.text());
                    anyInserted = true;
                } else if (isSpaceBetweenChanges(segments, next)) {
                    deleted.append(segment.text());
                    inserted.append(segment.text());
                } else {
                    break;
                }
            }
            if (anyDeleted) {
                joined.add(new Segment(deleted.toString(), Kind.DELETED));
            }
            if (anyInserted) {
                joined.add(new Segment(inserted.toString(), Kind.INSERTED));
            }
        }
        return joined;
    }

    private static boolean isSpaceBetweenChanges(List<Segment> segments, int index) {
        String text = segments.get(index).text();
        return text.isBlank() && !text.contains("\n") && index + 1 < segments.size()
                && segments.get(index + 1).kind() != Kind.SAME;
    }

    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && last.kind() == kind) {
            segments.set(segments.size() - 1, new Segment(last.text() + text, kind));
        } else {
            segments.add(new Segment(text, kind));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String facts(PostingContent content) {
        List<String> facts = new ArrayList<>();
        facts.add("Title: " + content.title());
        facts.add("Team: " + orNone(content.team()));
        facts.add("Place: " + orNone(content.place()));
        if (content.workplaceType() == WorkplaceType.REMOTE) {
            facts.add("Candidates may live in: " + orNone(content.remoteAreaText()));
        }
        facts.add("Workplace: " + content.workplaceType().label());
        facts.add("Employment: " + content.employmentType().label());
        facts.add("Seniority: " + content.seniority().label());
        facts.add("Experience: " + content.experience());
        facts.add("Salary: " + (content.salary() == null ? "none given" : content.salary().display()));
        facts.add("Closing date: " + (content.closingDate() == null ? "none" : content.closingDate().toString()));
        facts.add("How to apply: " + orNone(content.howToApply()));
        return String.join("\n", facts);
    }

    private static String joined(List<String> lines) {
        return String.join("\n", lines);
    }

    private static String kpis(PostingContent content) {
        return content.kpis().stream()
                .map(kpi -> kpi.target == null || kpi.target.isBlank() ? kpi.metric : kpi.metric + " — target: " + kpi.target)
                .collect(Collectors.joining("\n"));
    }

    private static String reporting(PostingContent content) {
        return "Reports to: " + orNone(content.reportsTo()) + "\n" + orNone(content.reportingStructure());
    }

    private static String faqs(PostingContent content) {
        String questions = content.faqs().stream().map(faq -> faq.question + "\n" + faq.answer)
                .collect(Collectors.joining("\n\n"));
        return questions + "\n\nShown on the careers page: " + (content.showFaq() ? "yes" : "no");
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "none" : text;
    }
}
