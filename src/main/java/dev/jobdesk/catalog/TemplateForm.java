package dev.jobdesk.catalog;

import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.TypedText;
import io.quarkus.qute.TemplateData;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The template editor exactly as the admin typed it, kept as text so that an invalid form comes back
 * as typed. Its lists are kept by the name they post under: a section's lines ({@code MUST_HAVE}),
 * their junior and senior wordings row for row ({@code MUST_HAVE_JUNIOR}, blank where a line reads as
 * the mid level), each level's responsibilities ({@code LEVEL_SENIOR}). The rules on one field are
 * declared here; {@link #validate} adds those across fields.
 */
public record TemplateForm(String version,
                           @NotBlank @Size(max = JobTemplate.MAX_TITLE) String title,
                           @NotBlank @Size(max = JobTemplate.MAX_TAGLINE) String tagline,
                           @Size(max = JobTemplate.MAX_LEVEL_TEXT) String roleSummaryJunior,
                           @NotBlank @Size(max = JobTemplate.MAX_LEVEL_TEXT) String roleSummary,
                           @Size(max = JobTemplate.MAX_LEVEL_TEXT) String roleSummarySenior,
                           @NotBlank @Size(max = JobTemplate.MAX_REPORTS_TO) String reportsTo,
                           @NotBlank @Size(max = JobTemplate.MAX_REPORTING_STRUCTURE) String reportingStructure,
                           Map<String, List<@Size(max = Bullet.MAX_LENGTH) String>> lines,
                           Map<String, @NotBlank @Size(max = TemplateLevel.MAX_EXPERIENCE) String> experience,
                           List<@Valid KpiRow> kpis,
                           List<@Valid FaqRow> faqs,
                           @Size(max = JobTemplate.MAX_CHANGE_NOTE) String changeNote) {

    /** The sections whose lines each level may word its own way; tools are names, the same at every level. */
    public static final List<Section> WORDED_SECTIONS = List.of(Section.RESPONSIBILITY, Section.MUST_HAVE,
            Section.NICE_TO_HAVE);
    static final String JUNIOR = "_JUNIOR";
    static final String SENIOR = "_SENIOR";

    /** A line of a section with its junior and senior wordings, blank where they read as the mid level's. */
    @TemplateData
    public record WordedRow(String junior, String mid, String senior) {
        public boolean isBlank() {
            return junior.isBlank() && mid.isBlank() && senior.isBlank();
        }

        public boolean variesByLevel() {
            return !junior.isBlank() || !senior.isBlank();
        }
    }

    /** A KPI with its target and the junior and senior targets, blank where they are the mid level's. */
    @TemplateData
    public record KpiRow(@Size(max = Kpi.MAX_METRIC_LENGTH) String kpiMetric,
                         @Size(max = Kpi.MAX_TARGET_LENGTH) String kpiTargetJunior,
                         @Size(max = Kpi.MAX_TARGET_LENGTH) String kpiTarget,
                         @Size(max = Kpi.MAX_TARGET_LENGTH) String kpiTargetSenior) {
        public boolean isBlank() {
            return Stream.of(kpiMetric, kpiTargetJunior, kpiTarget, kpiTargetSenior).allMatch(String::isBlank);
        }

        public boolean variesByLevel() {
            return !kpiTargetJunior.isBlank() || !kpiTargetSenior.isBlank();
        }
    }

    public TemplateForm {
        lines = Map.copyOf(lines);
        experience = Map.copyOf(experience);
        kpis = List.copyOf(kpis);
        faqs = List.copyOf(faqs);
    }

    /** The form showing {@code content}, made from {@code version}. */
    public static TemplateForm of(TemplateContent content, int version) {
        Map<String, List<String>> lines = new HashMap<>();
        for (Section section : WORDED_SECTIONS) {
            List<Worded> worded = content.lines(section);
            lines.put(section.name() + JUNIOR, worded.stream().map(line -> line.ownAt(Seniority.JUNIOR)).toList());
            lines.put(section.name(), worded.stream().map(Worded::text).toList());
            lines.put(section.name() + SENIOR, worded.stream().map(line -> line.ownAt(Seniority.SENIOR)).toList());
        }
        lines.put(Section.TOOL.name(), content.lines(Section.TOOL).stream().map(Worded::text).toList());
        Map<String, String> experience = new HashMap<>();
        for (Seniority seniority : Seniority.values()) {
            TemplateContent.Level level = content.levels().get(seniority);
            lines.put(levelList(seniority), level.responsibilities());
            experience.put(experienceField(seniority), level.experience());
        }
        List<KpiRow> kpis = content.kpis().stream().map(kpi -> new KpiRow(kpi.metric(),
                kpi.target().ownAt(Seniority.JUNIOR), text(kpi.target().text()), kpi.target().ownAt(Seniority.SENIOR)))
                .toList();
        List<FaqRow> faqs = content.faqs().stream().map(faq -> new FaqRow(faq.question, faq.answer)).toList();
        Worded summary = content.roleSummary();
        return new TemplateForm(String.valueOf(version), content.title(), content.tagline(),
                summary.ownAt(Seniority.JUNIOR), summary.text(), summary.ownAt(Seniority.SENIOR), content.reportsTo(),
                content.reportingStructure(), lines, experience, kpis, faqs, "");
    }

    /** A blank form, for a template written from scratch. */
    public static TemplateForm empty() {
        Map<String, List<String>> lines = new HashMap<>();
        for (Section section : WORDED_SECTIONS) {
            Stream.of(section.name() + JUNIOR, section.name(), section.name() + SENIOR)
                    .forEach(list -> lines.put(list, List.of()));
        }
        lines.put(Section.TOOL.name(), List.of());
        Map<String, String> experience = new HashMap<>();
        for (Seniority seniority : Seniority.values()) {
            lines.put(levelList(seniority), List.of());
            experience.put(experienceField(seniority), "");
        }
        return new TemplateForm("0", "", "", "", "", "", "", "", lines, experience, List.of(), List.of(), "");
    }

    /** The form of a new template starting as a copy of {@code original}. */
    public static TemplateForm copyOf(JobTemplate original) {
        TemplateForm form = madeFrom(original.content(), "Copied from " + original.title + ", version "
                + original.version + ".");
        return new TemplateForm(form.version, form.title + " (copy)", form.tagline, form.roleSummaryJunior,
                form.roleSummary, form.roleSummarySenior, form.reportsTo, form.reportingStructure, form.lines,
                form.experience, form.kpis, form.faqs, form.changeNote);
    }

    /** The form of a new template saying {@code content}, its first version noting where it came from. */
    public static TemplateForm madeFrom(TemplateContent content, String changeNote) {
        return of(content, 0).noted(changeNote);
    }

    /** The same form, saving with {@code note} as what changed. */
    public TemplateForm noted(String note) {
        return new TemplateForm(version, title, tagline, roleSummaryJunior, roleSummary, roleSummarySenior, reportsTo,
                reportingStructure, lines, experience, kpis, faqs, note);
    }

    /** The same text, made from {@code newVersion}: saving it again is then a deliberate choice. */
    public TemplateForm withVersion(int newVersion) {
        return new TemplateForm(String.valueOf(newVersion), title, tagline, roleSummaryJunior, roleSummary,
                roleSummarySenior, reportsTo, reportingStructure, lines, experience, kpis, faqs, changeNote);
    }

    /** The form as posted, cleaned of what a reader cannot see; at most one row past each list's limit. */
    public static TemplateForm from(TemplatePostedForm posted) {
        Map<String, List<String>> lines = new HashMap<>();
        for (Section section : WORDED_SECTIONS) {
            List<String> mids = cleaned(posted.list(section.name()));
            List<String> juniors = cleaned(posted.list(section.name() + JUNIOR));
            List<String> seniors = cleaned(posted.list(section.name() + SENIOR));
            int rows = Math.min(Math.max(mids.size(), Math.max(juniors.size(), seniors.size())), ListEdits.MAX_LINES + 1);
            lines.put(section.name() + JUNIOR, padded(juniors, rows));
            lines.put(section.name(), padded(mids, rows));
            lines.put(section.name() + SENIOR, padded(seniors, rows));
        }
        lines.put(Section.TOOL.name(), limited(cleaned(posted.list(Section.TOOL.name())), ListEdits.MAX_LINES + 1));
        Map<String, String> experience = new HashMap<>();
        for (Seniority seniority : Seniority.values()) {
            lines.put(levelList(seniority), limited(cleaned(posted.list(levelList(seniority))), ListEdits.MAX_LINES + 1));
            experience.put(experienceField(seniority), TypedText.line(posted.experience(seniority)));
        }
        List<String> metrics = cleaned(posted.list("kpiMetric"));
        List<String> juniorTargets = cleaned(posted.list("kpiTargetJunior"));
        List<String> targets = cleaned(posted.list("kpiTarget"));
        List<String> seniorTargets = cleaned(posted.list("kpiTargetSenior"));
        int kpiRows = Math.min(Stream.of(metrics, juniorTargets, targets, seniorTargets).mapToInt(List::size).max()
                .orElse(0), ListEdits.MAX_KPIS + 1);
        List<KpiRow> kpis = IntStream.range(0, kpiRows).mapToObj(i -> new KpiRow(at(metrics, i), at(juniorTargets, i),
                at(targets, i), at(seniorTargets, i))).toList();
        List<String> questions = cleaned(posted.list("faqQuestion"));
        List<String> answers = posted.list("faqAnswer").stream().map(TypedText::lines).toList();
        int faqRows = Math.min(Math.max(questions.size(), answers.size()), ListEdits.MAX_QUESTIONS + 1);
        List<FaqRow> faqs = IntStream.range(0, faqRows).mapToObj(i -> new FaqRow(at(questions, i), at(answers, i)))
                .toList();
        return new TemplateForm(TypedText.line(posted.version()), TypedText.line(posted.title()),
                TypedText.lines(posted.tagline()), TypedText.lines(posted.roleSummaryJunior()),
                TypedText.lines(posted.roleSummary()), TypedText.lines(posted.roleSummarySenior()),
                TypedText.line(posted.reportsTo()), TypedText.lines(posted.reportingStructure()), lines, experience,
                kpis, faqs, TypedText.line(posted.changeNote()));
    }

    /** The form with a row button's edit made: {@code verb:list:index}, a section's rows moving together. */
    public TemplateForm withListEdit(String posted) {
        Optional<ListEdits.Edit> found = ListEdits.Edit.parse(posted);
        if (found.isEmpty()) {
            return this;
        }
        ListEdits.Edit edit = found.get();
        Map<String, List<String>> edited = new HashMap<>(lines);
        List<KpiRow> editedKpis = kpis;
        List<FaqRow> editedFaqs = faqs;
        if (edit.list().equals("KPI")) {
            editedKpis = edit.applyTo(kpis, new KpiRow("", "", "", ""), ListEdits.MAX_KPIS);
        } else if (edit.list().equals("FAQ")) {
            editedFaqs = edit.applyTo(faqs, new FaqRow("", ""), ListEdits.MAX_QUESTIONS);
        } else if (WORDED_SECTIONS.stream().anyMatch(section -> section.name().equals(edit.list()))) {
            for (String list : List.of(edit.list() + JUNIOR, edit.list(), edit.list() + SENIOR)) {
                edited.put(list, edit.applyTo(lines.get(list), "", ListEdits.MAX_LINES));
            }
        } else if (lines.containsKey(edit.list())) {
            edited.put(edit.list(), edit.applyTo(lines.get(edit.list()), "", ListEdits.MAX_LINES));
        } else {
            return this;
        }
        return new TemplateForm(version, title, tagline, roleSummaryJunior, roleSummary, roleSummarySenior, reportsTo,
                reportingStructure, edited, experience, editedKpis, editedFaqs, changeNote);
    }

    /** A section's rows to show, with a blank one to type a new line into. */
    public List<WordedRow> rows(Section section) {
        if (!WORDED_SECTIONS.contains(section)) {
            return plainRows(section.name());
        }
        List<String> mids = lines.get(section.name());
        List<String> juniors = lines.get(section.name() + JUNIOR);
        List<String> seniors = lines.get(section.name() + SENIOR);
        List<WordedRow> typed = IntStream.range(0, mids.size())
                .mapToObj(i -> new WordedRow(juniors.get(i), mids.get(i), seniors.get(i))).toList();
        return ListEdits.withBlankRow(typed, new WordedRow("", "", ""), WordedRow::isBlank, ListEdits.MAX_LINES);
    }

    /** A level's own responsibilities, with a blank row to type a new one into. */
    public List<WordedRow> levelRows(Seniority seniority) {
        return plainRows(levelList(seniority));
    }

    /** A list the same at every level, in the editor's rows. */
    private List<WordedRow> plainRows(String list) {
        return ListEdits.withBlankRow(lines.get(list).stream().map(line -> new WordedRow("", line, "")).toList(),
                new WordedRow("", "", ""), WordedRow::isBlank, ListEdits.MAX_LINES);
    }

    public String experienceAt(Seniority seniority) {
        return experience.get(experienceField(seniority));
    }

    public List<KpiRow> kpiRows() {
        return ListEdits.withBlankRow(kpis, new KpiRow("", "", "", ""), KpiRow::isBlank, ListEdits.MAX_KPIS);
    }

    public List<FaqRow> faqRows() {
        return ListEdits.withBlankRow(faqs, new FaqRow("", ""), FaqRow::isBlank, ListEdits.MAX_QUESTIONS);
    }

    /** The first line of a list, as its folded section shows it. */
    public String gist(String list) {
        return lines.get(list).stream().filter(line -> !line.isBlank()).findFirst().orElse("");
    }

    public long kpiCount() {
        return kpis.stream().filter(kpi -> !kpi.isBlank()).count();
    }

    public long faqCount() {
        return faqs.stream().filter(faq -> !faq.isBlank()).count();
    }

    /** How many lines a list holds, blank rows aside. */
    public long count(String list) {
        return lines.get(list).stream().filter(line -> !line.isBlank()).count();
    }

    /**
     * Every rule the form breaks, by field: the declared ones first, then those across fields: a
     * level's own wording needs the mid level's beside it, a target its metric, a question its answer.
     */
    public FieldErrors validate(Validator validator) {
        FieldErrors errors = FieldErrors.of(validator.validate(this));
        if (roleSummary.isBlank() && !(roleSummaryJunior.isBlank() && roleSummarySenior.isBlank())) {
            errors.add("roleSummary", "Write the mid level's summary: a level without its own reads it.");
        }
        for (Section section : WORDED_SECTIONS) {
            List<WordedRow> rows = rows(section);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).mid().isBlank() && rows.get(i).variesByLevel()) {
                    errors.add(section.name() + "." + i, "Write the mid level's line: a level without its own reads it.");
                }
            }
        }
        for (String list : lines.keySet()) {
            if (!list.endsWith(JUNIOR) && !list.endsWith(SENIOR) && count(list) > ListEdits.MAX_LINES) {
                errors.add(list, "Keep this list to " + ListEdits.MAX_LINES + " lines at most.");
            }
        }
        for (int i = 0; i < kpis.size(); i++) {
            KpiRow kpi = kpis.get(i);
            if (kpi.kpiMetric().isBlank() && !kpi.isBlank()) {
                errors.add("kpiMetric." + i, "Say what is measured for this target.");
            } else if (kpi.kpiTarget().isBlank() && kpi.variesByLevel()) {
                errors.add("kpiTarget." + i, "Give the mid level's target: a level without its own reads it.");
            }
        }
        if (kpiCount() > ListEdits.MAX_KPIS) {
            errors.add("KPI", "Keep to " + ListEdits.MAX_KPIS + " KPIs at most.");
        }
        FaqRow.check(faqs, errors);
        return errors;
    }

    /** The content to save; only call on a form that {@link #validate validated}. */
    public TemplateContent toContent() {
        Map<Section, List<Worded>> worded = new EnumMap<>(Section.class);
        for (Section section : WORDED_SECTIONS) {
            worded.put(section, rows(section).stream().filter(row -> !row.isBlank())
                    .map(row -> Worded.of(row.junior(), row.mid(), row.senior())).toList());
        }
        worded.put(Section.TOOL, lines.get(Section.TOOL.name()).stream().filter(line -> !line.isBlank())
                .map(Worded::same).toList());
        Map<Seniority, TemplateContent.Level> levels = new EnumMap<>(Seniority.class);
        for (Seniority seniority : Seniority.values()) {
            levels.put(seniority, new TemplateContent.Level(experienceAt(seniority),
                    lines.get(levelList(seniority)).stream().filter(line -> !line.isBlank()).toList()));
        }
        List<TemplateContent.WordedKpi> metrics = kpis.stream().filter(kpi -> !kpi.isBlank())
                .map(kpi -> new TemplateContent.WordedKpi(kpi.kpiMetric(),
                        Worded.of(kpi.kpiTargetJunior(), kpi.kpiTarget(), kpi.kpiTargetSenior())))
                .toList();
        List<Faq> questions = faqs.stream().filter(faq -> !faq.isBlank())
                .map(faq -> new Faq(faq.faqQuestion(), faq.faqAnswer())).toList();
        return new TemplateContent(title, tagline, Worded.of(roleSummaryJunior, roleSummary, roleSummarySenior),
                reportsTo, reportingStructure, worded, levels, metrics, questions);
    }

    static String levelList(Seniority seniority) {
        return Section.LEVEL.name() + "_" + seniority.name();
    }

    static String experienceField(Seniority seniority) {
        return "experience_" + seniority.name();
    }

    private static List<String> cleaned(List<String> typed) {
        return typed.stream().map(TypedText::line).toList();
    }

    private static List<String> limited(List<String> rows, int max) {
        return rows.stream().limit(max).toList();
    }

    private static List<String> padded(List<String> rows, int size) {
        List<String> padded = new ArrayList<>(limited(rows, size));
        while (padded.size() < size) {
            padded.add("");
        }
        return padded;
    }

    private static String at(List<String> rows, int index) {
        return index < rows.size() ? rows.get(index) : "";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
