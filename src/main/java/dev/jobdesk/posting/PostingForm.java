package dev.jobdesk.posting;

import dev.jobdesk.catalog.Bullet;
import dev.jobdesk.catalog.Countries;
import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.FaqRow;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.ListEdits;
import dev.jobdesk.catalog.RemoteAreas;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.catalog.TwoFields;
import dev.jobdesk.web.Addresses;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.OneOf;
import dev.jobdesk.web.TypedText;
import io.quarkus.qute.TemplateData;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The edit form exactly as the user typed it: every value is kept as text so that an invalid form
 * comes back with what was typed. Lists hold their rows in order, blank rows included, until saved.
 * Status, owner, reviewer and template are not in here: a form can never set them. The rules on a
 * single field are the constraints declared here, with the limits the page's fields read too;
 * {@link #validate} adds the rules that read several fields or the clock. {@code wordedFor} is the
 * level the texts that differ by level were worded for when the page was made: a changed seniority
 * then moves them to the new level's wording ({@link LevelSwitch}).
 */
public record PostingForm(String version,
                          @NotBlank @Size(max = PostingContent.MAX_TITLE) String title,
                          String team,
                          @Size(max = PostingContent.MAX_LOCATION) String location,
                          @Size(max = PostingContent.MAX_REGION) String region,
                          String country,
                          List<String> remoteAreas,
                          @OneOf(WorkplaceType.class) String workplaceType,
                          @OneOf(EmploymentType.class) String employmentType,
                          @OneOf(Seniority.class) String seniority,
                          String wordedFor,
                          @NotBlank @Size(max = PostingContent.MAX_EXPERIENCE) String experience,
                          @Pattern(regexp = AMOUNT, message = WHOLE_NUMBER) String salaryMin,
                          @Pattern(regexp = AMOUNT, message = WHOLE_NUMBER) String salaryMax,
                          String salaryCurrency, String salaryPeriod,
                          @Pattern(regexp = CALENDAR_DATE, message = DATE_LIKE) String closingDate,
                          @Size(max = PostingContent.MAX_HOW_TO_APPLY) String howToApply,
                          @NotBlank @Size(max = PostingContent.MAX_ROLE_SUMMARY) String roleSummary,
                          @Size(max = PostingContent.MAX_REPORTS_TO) String reportsTo,
                          @Size(max = PostingContent.MAX_REPORTING_STRUCTURE) String reportingStructure,
                          Map<Section, List<@Size(max = Bullet.MAX_LENGTH) String>> bullets,
                          List<@Valid KpiRow> kpis,
                          List<@Valid FaqRow> faqs,
                          boolean showFaq) {

    public static final int MAX_ROWS = ListEdits.MAX_LINES;
    public static final int MAX_KPIS = ListEdits.MAX_KPIS;
    public static final int MAX_FAQS = ListEdits.MAX_QUESTIONS;
    /** A whole salary amount, or nothing: at most nine digits, so that it fits an int. */
    private static final String AMOUNT = "(\\d{1,9})?";
    private static final String WHOLE_NUMBER = "Use a whole number without separators, e.g. 85000.";
    private static final String BOTH_ENDS = "Give both ends of the range, or neither.";
    private static final String CALENDAR_DATE = "(\\d{4}-\\d{2}-\\d{2})?";
    private static final String DATE_LIKE = "Use a date like 2027-03-31.";
    /** How far ahead a closing date may lie: a posting open longer is a mistake, not a plan. */
    private static final Period MAX_OPEN_FOR = Period.ofYears(2);

    /** One KPI row of the form. */
    @TemplateData
    public record KpiRow(@Size(max = Kpi.MAX_METRIC_LENGTH) String kpiMetric,
                         @Size(max = Kpi.MAX_TARGET_LENGTH) String kpiTarget) implements TwoFields {
        @Override
        public String first() {
            return kpiMetric;
        }

        @Override
        public String second() {
            return kpiTarget;
        }
    }

    public PostingForm {
        bullets = Section.everyList(bullets);
        remoteAreas = List.copyOf(remoteAreas);
        kpis = List.copyOf(kpis);
        faqs = List.copyOf(faqs);
    }

    public static PostingForm of(Posting posting) {
        PostingContent content = posting.workingContent();
        SalaryRange salary = content.salary();
        return new PostingForm(String.valueOf(posting.version()), content.title(), text(content.team()),
                text(content.location()), text(content.region()), text(content.country()), content.remoteAreas(),
                content.workplaceType().name(), content.employmentType().name(),
                content.seniority().name(), content.seniority().name(), content.experience(),
                salary == null ? "" : salary.min.toString(), salary == null ? "" : salary.max.toString(),
                salary == null ? "" : salary.currency, salary == null ? "" : salary.period.name(),
                content.closingDate() == null ? "" : content.closingDate().toString(), text(content.howToApply()),
                content.roleSummary(), text(content.reportsTo()), text(content.reportingStructure()),
                content.bullets(),
                content.kpis().stream().map(kpi -> new KpiRow(kpi.metric, text(kpi.target))).toList(),
                content.faqs().stream().map(faq -> new FaqRow(faq.question, faq.answer)).toList(), content.showFaq());
    }

    /** The form as typed, cleaned of what a reader cannot see (see {@link TypedText}). */
    public static PostingForm from(PostedForm posted) {
        Map<Section, List<String>> bullets = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            bullets.put(section, all(posted.lines(section)).stream().limit(MAX_ROWS + 1L).toList());
        }
        List<KpiRow> kpis = pairs(posted.kpiMetric(), posted.kpiTarget(), MAX_KPIS, KpiRow::new);
        List<FaqRow> faqs = pairs(posted.faqQuestion(), posted.faqAnswer(), MAX_FAQS, FaqRow::new);
        return new PostingForm(line(posted.version()), line(posted.title()), line(posted.team()),
                line(posted.location()), line(posted.region()), line(posted.country()),
                all(posted.remoteAreas()).stream().filter(code -> !code.isEmpty()).distinct().limit(RemoteAreas.MAX + 1L)
                        .toList(),
                line(posted.workplaceType()), line(posted.employmentType()), line(posted.seniority()),
                line(posted.wordedFor()), line(posted.experience()), line(posted.salaryMin()),
                line(posted.salaryMax()), line(posted.salaryCurrency()), line(posted.salaryPeriod()),
                line(posted.closingDate()), line(posted.howToApply()), TypedText.lines(posted.roleSummary()),
                line(posted.reportsTo()), TypedText.lines(posted.reportingStructure()), bullets, kpis, faqs,
                posted.showFaq() != null);
    }

    /** Rows of two fields posted side by side (a KPI's metric and target, a question and its answer). */
    private static <R> List<R> pairs(List<String> typedFirsts, List<String> typedSeconds, int max,
                                     BiFunction<String, String, R> row) {
        List<String> firsts = all(typedFirsts);
        List<String> seconds = all(typedSeconds);
        List<R> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(Math.max(firsts.size(), seconds.size()), max + 1); i++) {
            rows.add(row.apply(i < firsts.size() ? firsts.get(i) : "", i < seconds.size() ? seconds.get(i) : ""));
        }
        return rows;
    }

    /** The level the form's level-dependent texts were written for. */
    Optional<Seniority> levelWordedFor() {
        return parse(Seniority.class, wordedFor);
    }

    /** The level the seniority select names. */
    Optional<Seniority> chosenLevel() {
        return parse(Seniority.class, seniority);
    }

    /** The same form with the texts of another level: see {@link LevelSwitch}. */
    PostingForm retargeted(Seniority level, String newExperience, String newRoleSummary,
                           Map<Section, List<String>> newBullets, List<KpiRow> newKpis) {
        return new PostingForm(version, title, team, location, region, country, remoteAreas, workplaceType, employmentType,
                seniority, level.name(), newExperience, salaryMin, salaryMax, salaryCurrency, salaryPeriod, closingDate,
                howToApply, newRoleSummary, reportsTo, reportingStructure, newBullets, newKpis, faqs, showFaq);
    }

    /** The same text, to be saved over {@code version}. */
    public PostingForm withVersion(int version) {
        return new PostingForm(String.valueOf(version), title, team, location, region, country, remoteAreas,
                workplaceType,
                employmentType, seniority, wordedFor, experience, salaryMin, salaryMax, salaryCurrency, salaryPeriod, closingDate,
                howToApply, roleSummary, reportsTo, reportingStructure, bullets, kpis, faqs, showFaq);
    }

    /** Applies a row button ("up:KPI:2", "remove:TOOL:0", "add:LEVEL") to the lists; unknown edits change nothing. */
    public PostingForm withListEdit(String posted) {
        Optional<ListEdits.Edit> edit = ListEdits.Edit.parse(posted);
        if (edit.isEmpty()) {
            return this;
        }
        if ("KPI".equals(edit.get().list())) {
            return withLists(bullets, edit.get().applyTo(kpis, new KpiRow("", ""), MAX_KPIS), faqs);
        }
        if ("FAQ".equals(edit.get().list())) {
            return withLists(bullets, kpis, edit.get().applyTo(faqs, new FaqRow("", ""), MAX_FAQS));
        }
        Optional<Section> section = parse(Section.class, edit.get().list());
        if (section.isEmpty()) {
            return this;
        }
        Map<Section, List<String>> edited = new EnumMap<>(bullets);
        edited.put(section.get(), edit.get().applyTo(bullets.get(section.get()), "", MAX_ROWS));
        return withLists(edited, kpis, faqs);
    }

    private PostingForm withLists(Map<Section, List<String>> newBullets, List<KpiRow> newKpis, List<FaqRow> newFaqs) {
        return new PostingForm(version, title, team, location, region, country, remoteAreas, workplaceType, employmentType, seniority,
                wordedFor, experience, salaryMin, salaryMax, salaryCurrency, salaryPeriod, closingDate, howToApply,
                roleSummary, reportsTo, reportingStructure, newBullets, newKpis, newFaqs, showFaq);
    }

    /** The rows to show for a list: what was typed, plus a blank row to type a new one into. */
    public List<String> rows(Section section) {
        return ListEdits.withBlankRow(bullets.get(section), "", String::isBlank, MAX_ROWS);
    }

    /** How many lines a list holds, blank rows aside: what a collapsed section says of itself. */
    public long count(Section section) {
        return bullets.get(section).stream().filter(row -> !row.isBlank()).count();
    }

    /** The first line of a list, as a collapsed section shows it. */
    public String gist(Section section) {
        return bullets.get(section).stream().filter(row -> !row.isBlank()).findFirst().orElse("");
    }

    public List<KpiRow> kpiRows() {
        return ListEdits.withBlankRow(kpis, new KpiRow("", ""), KpiRow::isBlank, MAX_KPIS);
    }

    public long kpiCount() {
        return filled(kpis).count();
    }

    public String kpiGist() {
        return filled(kpis).findFirst().map(TwoFields::first).orElse("");
    }

    public List<FaqRow> faqRows() {
        return ListEdits.withBlankRow(faqs, new FaqRow("", ""), FaqRow::isBlank, MAX_FAQS);
    }

    public long faqCount() {
        return filled(faqs).count();
    }

    public String faqGist() {
        return filled(faqs).findFirst().map(TwoFields::first).orElse("");
    }

    private static <R extends TwoFields> Stream<R> filled(List<R> rows) {
        return rows.stream().filter(row -> !row.isBlank());
    }

    /**
     * Every rule the form breaks, by field: the declared ones first, then those that read several
     * fields, the clock or the list of {@code teams}.
     */
    public FieldErrors validate(Validator validator, LocalDate today, Collection<String> teams) {
        FieldErrors errors = FieldErrors.of(validator.validate(this));
        if (!team.isEmpty() && !teams.contains(team)) {
            errors.add("team", "Choose the team from the list.");
        }
        if (!country.isEmpty() && !Countries.isKnown(country)) {
            errors.add("country", "Choose the country from the list.");
        }
        if (!remoteAreas.stream().allMatch(RemoteAreas::isKnown)) {
            errors.add("remoteAreas", "Choose the countries and regions from the list.");
        } else if (remoteAreas.size() > RemoteAreas.MAX) {
            errors.add("remoteAreas", "Name at most " + RemoteAreas.MAX + " countries and regions.");
        }
        checkSalary(errors);
        checkClosingDate(errors, today);
        checkHowToApply(errors);
        for (Section section : Section.values()) {
            if (count(section) > MAX_ROWS) {
                errors.add(section.name(), "Keep this list to " + MAX_ROWS + " lines at most.");
            }
        }
        for (int i = 0; i < kpis.size(); i++) {
            KpiRow kpi = kpis.get(i);
            if (kpi.kpiMetric().isBlank() && !kpi.kpiTarget().isBlank()) {
                errors.add("kpiMetric." + i, "Say what is measured for this target.");
            }
        }
        if (kpiCount() > MAX_KPIS) {
            errors.add("KPI", "Keep to " + MAX_KPIS + " KPIs at most.");
        }
        FaqRow.check(faqs, errors);
        return errors;
    }

    /** The content to save; only call on a form that {@link #validate validated}. */
    public PostingContent toContent() {
        Map<Section, List<String>> lines = new EnumMap<>(Section.class);
        bullets.forEach((section, rows) -> lines.put(section, rows.stream().filter(row -> !row.isBlank()).toList()));
        List<Kpi> metrics = filled(kpis)
                .map(kpi -> new Kpi(kpi.kpiMetric(), kpi.kpiTarget())).toList();
        List<Faq> questions = filled(faqs)
                .map(faq -> new Faq(faq.faqQuestion(), faq.faqAnswer())).toList();
        SalaryRange salary = salaryMin.isEmpty() ? null : new SalaryRange(Integer.parseInt(salaryMin),
                Integer.parseInt(salaryMax), salaryCurrency, SalaryPeriod.valueOf(salaryPeriod));
        return new PostingContent(title, blankToNull(team), blankToNull(location), blankToNull(region),
                blankToNull(country), remoteAreas, WorkplaceType.valueOf(workplaceType), EmploymentType.valueOf(employmentType),
                Seniority.valueOf(seniority), experience, salary,
                closingDate.isEmpty() ? null : LocalDate.parse(closingDate), blankToNull(howToApply), roleSummary,
                blankToNull(reportsTo), blankToNull(reportingStructure), lines, metrics, questions, showFaq);
    }

    /** Both ends of the range or neither, in order, with a currency and a period. */
    private void checkSalary(FieldErrors errors) {
        if (salaryMin.isEmpty() && salaryMax.isEmpty()) {
            return;
        }
        if (salaryMin.isEmpty()) {
            errors.add("salaryMin", BOTH_ENDS);
        }
        if (salaryMax.isEmpty()) {
            errors.add("salaryMax", BOTH_ENDS);
        }
        if (!errors.has("salaryMin") && !errors.has("salaryMax")
                && Integer.parseInt(salaryMin) > Integer.parseInt(salaryMax)) {
            errors.add("salaryMax", "The maximum must be at least the minimum.");
        }
        if (!SalaryRange.CURRENCIES.contains(salaryCurrency)) {
            errors.add("salaryCurrency", "Choose the currency of the salary.");
        }
        if (parse(SalaryPeriod.class, salaryPeriod).isEmpty()) {
            errors.add("salaryPeriod", "Choose one of the options.");
        }
    }

    /** A real day, from today to two years ahead; its shape is a declared rule. */
    private void checkClosingDate(FieldErrors errors, LocalDate today) {
        if (closingDate.isEmpty() || errors.has("closingDate")) {
            return;
        }
        try {
            LocalDate date = LocalDate.parse(closingDate);
            if (date.isBefore(today)) {
                errors.add("closingDate", "The closing date has passed: choose today or a later day.");
            } else if (date.isAfter(today.plus(MAX_OPEN_FOR))) {
                errors.add("closingDate", "Choose a closing date within two years from today.");
            }
        } catch (DateTimeParseException e) {
            errors.add("closingDate", DATE_LIKE);
        }
    }

    private void checkHowToApply(FieldErrors errors) {
        if (howToApply.isEmpty()) {
            return;
        }
        if (!Addresses.isWebAddress(howToApply) && !Addresses.isEmail(howToApply)) {
            errors.add("howToApply", "Give a web address starting with https://, or an email address.");
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String line(String typed) {
        return TypedText.line(typed);
    }

    private static List<String> all(List<String> typed) {
        return typed.stream().map(TypedText::line).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
