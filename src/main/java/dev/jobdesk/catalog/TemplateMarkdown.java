package dev.jobdesk.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template as Markdown, to keep in a repository, review as text or move between installations, and
 * back: {@link #write} gives every part under its own heading (each level's own wording beside the
 * mid level's, the KPIs as a table), and {@link #read} takes exactly that form, saying by line what it
 * cannot read. What anyone typed is escaped, so no text turns into markup, and reads back the same.
 */
public final class TemplateMarkdown {

    private static final String ROLE_SUMMARY = "Role summary";
    private static final String REPORTS_TO = "Reports to";
    private static final String REPORTING_STRUCTURE = "Reporting structure";
    private static final String KPIS = "KPIs";
    private static final String QUESTIONS = "Questions candidates ask";
    private static final String KPI_HEADER = "| Metric | Target | Junior | Senior |";
    private static final String KPI_RULE = "| --- | --- | --- | --- |";
    private static final Pattern INLINE_MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    private static final Pattern LINE_START_MARKUP = Pattern.compile("^(\\s*)([#>+=-]|\\d+[.)])");
    private static final Pattern ESCAPED = Pattern.compile("\\\\(.)");
    private static final Pattern LEVEL_WORDING = Pattern.compile("^ {2}- (Junior|Senior): (.*)$");

    /** What {@link #read} made of a text: the content, or what is wrong with it, by line. */
    public record Reading(TemplateContent content, List<String> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private TemplateMarkdown() {
    }

    public static String write(TemplateContent content) {
        StringBuilder md = new StringBuilder("# ").append(escape(content.title())).append("\n\n");
        md.append(text(content.tagline()));
        md.append("## ").append(ROLE_SUMMARY).append("\n\n").append(text(content.roleSummary().text()));
        for (Seniority level : List.of(Seniority.JUNIOR, Seniority.SENIOR)) {
            String own = content.roleSummary().ownAt(level);
            if (!own.isEmpty()) {
                md.append("### ").append(levelName(level)).append("\n\n").append(text(own));
            }
        }
        md.append("## ").append(REPORTS_TO).append("\n\n").append(text(content.reportsTo()));
        md.append("## ").append(REPORTING_STRUCTURE).append("\n\n").append(text(content.reportingStructure()));
        for (Section section : TemplateContent.SHARED_SECTIONS) {
            md.append("## ").append(section.label()).append("\n\n");
            for (Worded line : content.lines(section)) {
                md.append("- ").append(line(line.text())).append('\n');
                for (Seniority level : List.of(Seniority.JUNIOR, Seniority.SENIOR)) {
                    if (!line.ownAt(level).isEmpty()) {
                        md.append("  - ").append(levelName(level)).append(": ").append(line(line.ownAt(level))).append('\n');
                    }
                }
            }
            md.append('\n');
        }
        for (Seniority level : Seniority.values()) {
            TemplateContent.Level own = content.levels().get(level);
            md.append("## ").append(levelName(level)).append(" level\n\nExperience: ").append(line(own.experience()))
                    .append("\n\n");
            own.responsibilities().forEach(responsibility -> md.append("- ").append(line(responsibility)).append('\n'));
            md.append('\n');
        }
        md.append("## ").append(KPIS).append("\n\n").append(KPI_HEADER).append('\n').append(KPI_RULE).append('\n');
        for (TemplateContent.WordedKpi kpi : content.kpis()) {
            md.append("| ").append(escape(kpi.metric())).append(" | ").append(escape(kpi.target().text())).append(" | ")
                    .append(escape(kpi.target().ownAt(Seniority.JUNIOR))).append(" | ")
                    .append(escape(kpi.target().ownAt(Seniority.SENIOR))).append(" |\n");
        }
        md.append("\n## ").append(QUESTIONS).append("\n\n");
        for (Faq faq : content.faqs()) {
            md.append("### ").append(line(faq.question)).append("\n\n").append(text(faq.answer));
        }
        return md.toString();
    }

    /** The content {@code markdown} gives, or every problem in it with its line. */
    public static Reading read(String markdown) {
        return new Reader(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)).read();
    }

    /** One pass over the lines: the parts under their headings, then each part read for what it holds. */
    private static final class Reader {

        private final String[] lines;
        private final List<String> problems = new ArrayList<>();
        /** Each "## " part: its heading's line number, then its lines up to the next part. */
        private final Map<String, Integer> headingLine = new LinkedHashMap<>();
        private final Map<String, List<Integer>> parts = new LinkedHashMap<>();

        Reader(String[] lines) {
            this.lines = lines;
        }

        Reading read() {
            int first = nextFilled(0);
            if (first >= lines.length || !lines[first].startsWith("# ")) {
                problem(Math.min(first, lines.length - 1), "start with the template's title, as \"# Backend Developer\"");
                return done(null);
            }
            String title = unescape(lines[first].substring(2).strip());
            List<Integer> tagline = new ArrayList<>();
            String current = null;
            for (int i = first + 1; i < lines.length; i++) {
                if (lines[i].startsWith("## ")) {
                    current = lines[i].substring(3).strip();
                    if (!knownParts().contains(current)) {
                        problem(i, "\"## " + current + "\" is not a part of a template; the parts are "
                                + String.join(", ", knownParts()));
                        current = null;
                    } else if (parts.containsKey(current)) {
                        problem(i, "\"## " + current + "\" comes a second time");
                        current = null;
                    } else {
                        headingLine.put(current, i);
                        parts.put(current, new ArrayList<>());
                    }
                } else if (current != null) {
                    parts.get(current).add(i);
                } else if (parts.isEmpty()) {
                    tagline.add(i);
                }
            }
            for (String part : knownParts()) {
                if (!parts.containsKey(part)) {
                    problems.add("The part \"## " + part + "\" is missing.");
                }
            }
            if (!problems.isEmpty()) {
                return done(null);
            }
            Map<Seniority, String> summary = byLevel(ROLE_SUMMARY);
            Map<Section, List<Worded>> sectionLines = new EnumMap<>(Section.class);
            for (Section section : TemplateContent.SHARED_SECTIONS) {
                sectionLines.put(section, list(section.label()));
            }
            Map<Seniority, TemplateContent.Level> levels = new EnumMap<>(Seniority.class);
            for (Seniority level : Seniority.values()) {
                levels.put(level, level(level));
            }
            TemplateContent content = new TemplateContent(title, text(tagline),
                    Worded.of(summary.get(Seniority.JUNIOR), summary.get(Seniority.MID), summary.get(Seniority.SENIOR)),
                    text(parts.get(REPORTS_TO)), text(parts.get(REPORTING_STRUCTURE)), sectionLines, levels, kpis(),
                    questions());
            return done(content);
        }

        /** A text part with its own "### Junior" and "### Senior" wordings after the mid level's. */
        private Map<Seniority, String> byLevel(String part) {
            Map<Seniority, List<Integer>> texts = new EnumMap<>(Seniority.class);
            Seniority current = Seniority.MID;
            texts.put(current, new ArrayList<>());
            for (int i : parts.get(part)) {
                if (lines[i].startsWith("### ")) {
                    String name = lines[i].substring(4).strip();
                    current = name.equals("Junior") ? Seniority.JUNIOR : name.equals("Senior") ? Seniority.SENIOR : null;
                    if (current == null || texts.containsKey(current)) {
                        problem(i, "under \"## " + part + "\" only \"### Junior\" and \"### Senior\" may follow, once each");
                        current = Seniority.MID;
                        continue;
                    }
                    texts.put(current, new ArrayList<>());
                } else {
                    texts.get(current).add(i);
                }
            }
            Map<Seniority, String> read = new EnumMap<>(Seniority.class);
            for (Seniority level : Seniority.values()) {
                read.put(level, text(texts.getOrDefault(level, List.of())));
            }
            return read;
        }

        /** "- line", each perhaps followed by "  - Junior: …" and "  - Senior: …". */
        private List<Worded> list(String part) {
            List<String[]> items = new ArrayList<>();
            for (int i : parts.get(part)) {
                Matcher wording = LEVEL_WORDING.matcher(lines[i]);
                if (lines[i].isBlank()) {
                    continue;
                } else if (lines[i].startsWith("- ")) {
                    items.add(new String[] {"", unescape(lines[i].substring(2).strip()), ""});
                } else if (wording.matches() && !items.isEmpty()) {
                    items.get(items.size() - 1)[wording.group(1).equals("Junior") ? 0 : 2] = unescape(wording.group(2).strip());
                } else {
                    problem(i, "under \"## " + part + "\" each line starts with \"- \", and a level's own wording"
                            + " with \"  - Junior: \" or \"  - Senior: \" under its line");
                }
            }
            return items.stream().map(item -> Worded.of(item[0], item[1], item[2])).toList();
        }

        /** "Experience: …", then "- responsibility" lines. */
        private TemplateContent.Level level(Seniority level) {
            String part = levelName(level) + " level";
            String experience = null;
            List<String> responsibilities = new ArrayList<>();
            for (int i : parts.get(part)) {
                if (lines[i].isBlank()) {
                    continue;
                } else if (experience == null && lines[i].startsWith("Experience: ")) {
                    experience = unescape(lines[i].substring("Experience: ".length()).strip());
                } else if (lines[i].startsWith("- ")) {
                    responsibilities.add(unescape(lines[i].substring(2).strip()));
                } else {
                    problem(i, "under \"## " + part + "\" come \"Experience: …\" once, then lines starting with \"- \"");
                }
            }
            if (experience == null) {
                problem(headingLine.get(part), "say the level's years under it, as \"Experience: 3-5 years\"");
            }
            return new TemplateContent.Level(experience == null ? "" : experience, responsibilities);
        }

        private List<TemplateContent.WordedKpi> kpis() {
            List<TemplateContent.WordedKpi> kpis = new ArrayList<>();
            List<Integer> rows = parts.get(KPIS).stream().filter(i -> !lines[i].isBlank()).toList();
            if (rows.size() < 2 || !lines[rows.get(0)].strip().equals(KPI_HEADER) || !lines[rows.get(1)].strip().equals(KPI_RULE)) {
                problem(rows.isEmpty() ? headingLine.get(KPIS) : rows.get(0),
                        "the KPIs are a table that starts \"" + KPI_HEADER + "\", then \"" + KPI_RULE + "\"");
                return kpis;
            }
            for (int i : rows.subList(2, rows.size())) {
                List<String> cells = cells(lines[i].strip());
                if (cells.size() != 4) {
                    problem(i, "a KPI row has four cells (metric, target, junior, senior), not " + cells.size()
                            + "; write \\| for a | in a cell");
                } else {
                    kpis.add(new TemplateContent.WordedKpi(cells.get(0),
                            Worded.of(cells.get(2), cells.get(1), cells.get(3))));
                }
            }
            return kpis;
        }

        private List<Faq> questions() {
            List<Faq> faqs = new ArrayList<>();
            String question = null;
            List<Integer> answer = new ArrayList<>();
            for (int i : parts.get(QUESTIONS)) {
                if (lines[i].startsWith("### ")) {
                    if (question != null) {
                        faqs.add(new Faq(question, text(answer)));
                    }
                    question = unescape(lines[i].substring(4).strip());
                    answer = new ArrayList<>();
                } else if (question != null) {
                    answer.add(i);
                } else if (!lines[i].isBlank()) {
                    problem(i, "each question is a \"### \" heading, with its answer under it");
                }
            }
            if (question != null) {
                faqs.add(new Faq(question, text(answer)));
            }
            return faqs;
        }

        /** Lines as one text: kept line by line, blank lines at either end left out. */
        private String text(List<Integer> numbers) {
            List<String> kept = numbers.stream().map(i -> unescape(lines[i].stripTrailing())).toList();
            int start = 0;
            int end = kept.size();
            while (start < end && kept.get(start).isBlank()) {
                start++;
            }
            while (end > start && kept.get(end - 1).isBlank()) {
                end--;
            }
            return String.join("\n", kept.subList(start, end));
        }

        private int nextFilled(int from) {
            int i = from;
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            return i;
        }

        private void problem(int line, String what) {
            problems.add("Line " + (line + 1) + ": " + what + ".");
        }

        private Reading done(TemplateContent content) {
            return new Reading(problems.isEmpty() ? content : null, List.copyOf(problems));
        }
    }

    /** The parts a template's Markdown has, in the order {@link #write} gives them. */
    static List<String> knownParts() {
        List<String> known = new ArrayList<>(List.of(ROLE_SUMMARY, REPORTS_TO, REPORTING_STRUCTURE));
        TemplateContent.SHARED_SECTIONS.forEach(section -> known.add(section.label()));
        for (Seniority level : Seniority.values()) {
            known.add(levelName(level) + " level");
        }
        known.add(KPIS);
        known.add(QUESTIONS);
        return known;
    }

    private static String levelName(Seniority level) {
        String name = level.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A text that may hold line breaks, each line escaped, then a blank line. */
    private static String text(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line(line)).append('\n');
        }
        return out.append('\n').toString();
    }

    private static String line(String text) {
        return LINE_START_MARKUP.matcher(escape(text)).replaceFirst("$1\\\\$2");
    }

    static String escape(String text) {
        return INLINE_MARKUP.matcher(text).replaceAll("\\\\$1");
    }

    static String unescape(String text) {
        return ESCAPED.matcher(text).replaceAll("$1");
    }

    /** A table row's cells, split at each | that is not escaped, each unescaped and trimmed. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        if (!row.startsWith("|") || !row.endsWith("|") || row.length() < 2) {
            return cells;
        }
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length() - 1; i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length() - 1) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(unescape(cell.toString().strip()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(unescape(cell.toString().strip()));
        return cells;
    }
}
