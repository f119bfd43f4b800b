package dev.jobdesk.posting;

import dev.jobdesk.catalog.Bullet;
import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.web.Addresses;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.TypedText;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The edit form exactly as the user typed it: every value is kept as text so that an invalid form
 * comes back with what was typed. Lists hold their rows in order, blank rows included, until saved.
 * Status, owner, reviewer and template are not in here: a form can never set them.
 */
public record PostingForm(String version, String title, String team, String location, String region,
                          String country, String workplaceType,
                          String employmentType, String seniority, String levelOf, String experience,
                          String salaryMin, String salaryMax, String salaryCurrency, String salaryPeriod,
                          String closingDate, String howToApply, String roleSummary, String reportsTo,
                          String reportingStructure, Map<Section, List<String>> bullets, List<KpiRow> kpis,
                          List<FaqRow> faqs, boolean showFaq) {

    public static final int MAX_ROWS = 30;
    public static final int MAX_KPIS = 20;
    public static final int MAX_FAQS = 10;
    private static final int MAX_SALARY_DIGITS = 9;
    private static final Pattern DIGITS = Pattern.compile("\\d{1," + MAX_SALARY_DIGITS + "}");
    private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** How far ahead a closing date may lie: a posting open longer is a mistake, not a plan. */
    private static final Period MAX_OPEN_FOR = Period.ofYears(2);

    /** A row of two fields side by side, as the editor lays out KPIs and questions. */
    public interface TwoFields {
        String first();

        String second();

        default boolean isBlank() {
            return first().isBlank() && second().isBlank();
        }
    }

    /** One KPI row of the form. */
    @TemplateData
    public record KpiRow(String metric, String target) implements TwoFields {
        @Override
        public String first() {
            return metric;
        }

        @Override
        public String second() {
            return target;
        }
    }

    /** One question and answer of the form. */
    @TemplateData
    public record FaqRow(String question, String answer) implements TwoFields {
        @Override
        public String first() {
            return question;
        }

        @Override
        public String second() {
            return answer;
        }
    }

    public PostingForm {
        EnumMap<Section, List<String>> copy = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            copy.put(section, List.copyOf(bullets.getOrDefault(section, List.of())));
        }
        bullets = copy;
        kpis = List.copyOf(kpis);
        faqs = List.copyOf(faqs);
    }

    public static PostingForm of(Posting posting) {
        PostingContent content = posting.content();
        SalaryRange salary = content.salary();
        return new PostingForm(String.valueOf(posting.version()), content.title(), text(content.team()),
                text(content.location()), text(content.region()), text(content.country()),
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

    public static PostingForm from(MultivaluedMap<String, String> params) {
        Map<Section, List<String>> bullets = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            bullets.put(section, all(params, section.name()).stream().limit(MAX_ROWS + 1L).toList());
        }
        List<KpiRow> kpis = pairs(params, "kpiMetric", "kpiTarget", MAX_KPIS, KpiRow::new);
        List<FaqRow> faqs = pairs(params, "faqQuestion", "faqAnswer", MAX_FAQS, FaqRow::new);
        return new PostingForm(one(params, "version"), one(params, "title"), one(params, "team"),
                one(params, "location"), one(params, "region"), one(params, "country"), one(params, "workplaceType"),
                one(params, "employmentType"),
                one(params, "seniority"), one(params, "levelOf"), one(params, "experience"),
                one(params, "salaryMin"), one(params, "salaryMax"), one(params, "salaryCurrency"),
                one(params, "salaryPeriod"), one(params, "closingDate"), one(params, "howToApply"),
                TypedText.lines(params.getFirst("roleSummary")), one(params, "reportsTo"),
                TypedText.lines(params.getFirst("reportingStructure")), bullets, kpis, faqs,
                params.containsKey("showFaq"));
    }

    /** Rows of two fields posted side by side (a KPI's metric and target, a question and its answer). */
    private static <R> List<R> pairs(MultivaluedMap<String, String> params, String first, String second, int max,
                                     java.util.function.BiFunction<String, String, R> row) {
        List<String> firsts = all(params, first);
        List<String> seconds = all(params, second);
        List<R> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(Math.max(firsts.size(), seconds.size()), max + 1); i++) {
            rows.add(row.apply(i < firsts.size() ? firsts.get(i) : "", i < seconds.size() ? seconds.get(i) : ""));
        }
        return rows;
    }

    /** The level the form's level-dependent texts were written for. */
    Optional<Seniority> levelHeld() {
        return parse(Seniority.class, levelOf);
    }

    /** The level the seniority select names. */
    Optional<Seniority> chosenLevel() {
        return parse(Seniority.class, seniority);
    }

    /** The same form with the texts of another level: see {@link LevelSwitch}. */
    PostingForm retargeted(Seniority level, String newExperience, String newRoleSummary,
                           Map<Section, List<String>> newBullets, List<KpiRow> newKpis) {
        return new PostingForm(version, title, team, location, region, country, workplaceType, employmentType,
                seniority, level.name(), newExperience, salaryMin, salaryMax, salaryCurrency, salaryPeriod, closingDate,
                howToApply, newRoleSummary, reportsTo, reportingStructure, newBullets, newKpis, faqs, showFaq);
    }

    /** The same text, to be saved over {@code version}. */
    public PostingForm withVersion(int version) {
        return new PostingForm(String.valueOf(version), title, team, location, region, country, workplaceType,
                employmentType, seniority, levelOf, experience, salaryMin, salaryMax, salaryCurrency, salaryPeriod, closingDate,
                howToApply, roleSummary, reportsTo, reportingStructure, bullets, kpis, faqs, showFaq);
    }

    /** Applies a row button ("up:KPI:2", "remove:TOOL:0", "add:LEVEL") to the lists; unknown edits change nothing. */
    public PostingForm withListEdit(String edit) {
        String[] parts = edit == null ? new String[0] : edit.split(":");
        if (parts.length < 2) {
            return this;
        }
        String verb = parts[0];
        int index = parts.length > 2 ? parseIndex(parts[2]) : -1;
        if ("KPI".equals(parts[1])) {
            return withLists(bullets, ListEdits.apply(kpis, verb, index, new KpiRow("", ""), MAX_KPIS), faqs);
        }
        if ("FAQ".equals(parts[1])) {
            return withLists(bullets, kpis, ListEdits.apply(faqs, verb, index, new FaqRow("", ""), MAX_FAQS));
        }
        Optional<Section> section = parse(Section.class, parts[1]);
        if (section.isEmpty()) {
            return this;
        }
        Map<Section, List<String>> edited = new EnumMap<>(bullets);
        edited.put(section.get(), ListEdits.apply(bullets.get(section.get()), verb, index, "", MAX_ROWS));
        return withLists(edited, kpis, faqs);
    }

    private PostingForm withLists(Map<Section, List<String>> newBullets, List<KpiRow> newKpis, List<FaqRow> newFaqs) {
        return new PostingForm(version, title, team, location, region, country, workplaceType, employmentType, seniority,
                levelOf, experience, salaryMin, salaryMax, salaryCurrency, salaryPeriod, closingDate, howToApply,
                roleSummary, reportsTo, reportingStructure, newBullets, newKpis, newFaqs, showFaq);
    }

    /** The rows to show for a list: what was typed, plus a blank row to type a new one into. */
    public List<String> rows(Section section) {
        return withBlankRow(bullets.get(section), "", String::isBlank, MAX_ROWS);
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
        return withBlankRow(kpis, new KpiRow("", ""), KpiRow::isBlank, MAX_KPIS);
    }

    public long kpiCount() {
        return filled(kpis).count();
    }

    public String kpiGist() {
        return filled(kpis).findFirst().map(TwoFields::first).orElse("");
    }

    public List<FaqRow> faqRows() {
        return withBlankRow(faqs, new FaqRow("", ""), FaqRow::isBlank, MAX_FAQS);
    }

    public long faqCount() {
        return filled(faqs).count();
    }

    public String faqGist() {
        return filled(faqs).findFirst().map(TwoFields::first).orElse("");
    }

    /** The rows to show for a list: what was typed, plus a blank row to type a new one into while there is room. */
    private static <R> List<R> withBlankRow(List<R> typed, R blank, Predicate<R> isBlank, int max) {
        List<R> rows = new ArrayList<>(typed);
        if (rows.size() < max && (rows.isEmpty() || !isBlank.test(rows.get(rows.size() - 1)))) {
            rows.add(blank);
        }
        return rows;
    }

    private static <R extends TwoFields> Stream<R> filled(List<R> rows) {
        return rows.stream().filter(row -> !row.isBlank());
    }

    public FieldErrors validate(LocalDate today) {
        FieldErrors errors = new FieldErrors();
        errors.required("title", title, Posting.MAX_TITLE);
        errors.maxLength("team", team, Posting.MAX_TEAM);
        errors.maxLength("location", location, Posting.MAX_LOCATION);
        errors.maxLength("region", region, Posting.MAX_REGION);
        if (!country.isEmpty() && !Countries.isKnown(country)) {
            errors.add("country", "Choose the country from the list.");
        }
        checkChoice(errors, "workplaceType", WorkplaceType.class, workplaceType);
        checkChoice(errors, "employmentType", EmploymentType.class, employmentType);
        checkChoice(errors, "seniority", Seniority.class, seniority);
        errors.required("experience", experience, Posting.MAX_EXPERIENCE);
        checkSalary(errors);
        checkClosingDate(errors, today);
        checkHowToApply(errors);
        errors.required("roleSummary", roleSummary, Posting.MAX_ROLE_SUMMARY);
        errors.maxLength("reportsTo", reportsTo, Posting.MAX_REPORTS_TO);
        errors.maxLength("reportingStructure", reportingStructure, Posting.MAX_REPORTING_STRUCTURE);
        for (Section section : Section.values()) {
            List<String> rows = bullets.get(section);
            for (int i = 0; i < rows.size(); i++) {
                errors.maxLength(section.name() + "." + i, rows.get(i), Bullet.MAX_LENGTH);
            }
            if (count(section) > MAX_ROWS) {
                errors.add(section.name(), "Keep this list to " + MAX_ROWS + " lines at most.");
            }
        }
        for (int i = 0; i < kpis.size(); i++) {
            KpiRow kpi = kpis.get(i);
            if (kpi.metric().isBlank() && !kpi.target().isBlank()) {
                errors.add("kpiMetric." + i, "Say what is measured for this target.");
            }
            errors.maxLength("kpiMetric." + i, kpi.metric(), Kpi.MAX_METRIC_LENGTH);
            errors.maxLength("kpiTarget." + i, kpi.target(), Kpi.MAX_TARGET_LENGTH);
        }
        if (kpiCount() > MAX_KPIS) {
            errors.add("KPI", "Keep to " + MAX_KPIS + " KPIs at most.");
        }
        for (int i = 0; i < faqs.size(); i++) {
            FaqRow faq = faqs.get(i);
            if (faq.question().isBlank() && !faq.answer().isBlank()) {
                errors.add("faqQuestion." + i, "Say what the question is.");
            } else if (!faq.question().isBlank() && faq.answer().isBlank()) {
                errors.add("faqAnswer." + i, "Answer the question, or remove it.");
            }
            errors.maxLength("faqQuestion." + i, faq.question(), Faq.MAX_QUESTION);
            errors.maxLength("faqAnswer." + i, faq.answer(), Faq.MAX_ANSWER);
        }
        if (faqCount() > MAX_FAQS) {
            errors.add("FAQ", "Keep to " + MAX_FAQS + " questions at most.");
        }
        return errors;
    }

    /** The content to save; only call on a form that {@link #validate validated}. */
    public PostingContent toContent() {
        Map<Section, List<String>> lines = new EnumMap<>(Section.class);
        bullets.forEach((section, rows) -> lines.put(section, rows.stream().filter(row -> !row.isBlank()).toList()));
        List<Kpi> metrics = filled(kpis)
                .map(kpi -> new Kpi(kpi.metric(), kpi.target())).toList();
        List<Faq> questions = filled(faqs)
                .map(faq -> new Faq(faq.question(), faq.answer())).toList();
        SalaryRange salary = salaryMin.isEmpty() ? null : new SalaryRange(Integer.parseInt(salaryMin),
                Integer.parseInt(salaryMax), salaryCurrency, SalaryPeriod.valueOf(salaryPeriod));
        return new PostingContent(title, blankToNull(team), blankToNull(location), blankToNull(region),
                blankToNull(country), WorkplaceType.valueOf(workplaceType), EmploymentType.valueOf(employmentType),
                Seniority.valueOf(seniority), experience, salary,
                closingDate.isEmpty() ? null : LocalDate.parse(closingDate), blankToNull(howToApply), roleSummary,
                blankToNull(reportsTo), blankToNull(reportingStructure), lines, metrics, questions, showFaq);
    }

    private void checkSalary(FieldErrors errors) {
        boolean anyGiven = !(salaryMin.isEmpty() && salaryMax.isEmpty());
        if (!anyGiven) {
            return;
        }
        checkAmount(errors, "salaryMin", salaryMin);
        checkAmount(errors, "salaryMax", salaryMax);
        if (!errors.has("salaryMin") && !errors.has("salaryMax")
                && Integer.parseInt(salaryMin) > Integer.parseInt(salaryMax)) {
            errors.add("salaryMax", "The maximum must be at least the minimum.");
        }
        if (!SalaryRange.CURRENCIES.contains(salaryCurrency)) {
            errors.add("salaryCurrency", "Choose the currency of the salary.");
        }
        checkChoice(errors, "salaryPeriod", SalaryPeriod.class, salaryPeriod);
    }

    private static void checkAmount(FieldErrors errors, String field, String amount) {
        if (amount.isEmpty()) {
            errors.add(field, "Give both ends of the range, or neither.");
        } else if (!DIGITS.matcher(amount).matches()) {
            errors.add(field, "Use a whole number without separators, e.g. 85000.");
        }
    }

    private void checkClosingDate(FieldErrors errors, LocalDate today) {
        if (closingDate.isEmpty()) {
            return;
        }
        if (!CALENDAR_DATE.matcher(closingDate).matches()) {
            errors.add("closingDate", "Use a date like 2027-03-31.");
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
            errors.add("closingDate", "Use a date like 2027-03-31.");
        }
    }

    private void checkHowToApply(FieldErrors errors) {
        if (howToApply.isEmpty()) {
            return;
        }
        errors.maxLength("howToApply", howToApply, Posting.MAX_HOW_TO_APPLY);
        if (!Addresses.isWebAddress(howToApply) && !Addresses.isEmail(howToApply)) {
            errors.add("howToApply", "Give a web address starting with https://, or an email address.");
        }
    }

    private static <E extends Enum<E>> void checkChoice(FieldErrors errors, String field, Class<E> type, String value) {
        if (parse(type, value).isEmpty()) {
            errors.add(field, "Choose one of the options.");
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String one(MultivaluedMap<String, String> params, String name) {
        return TypedText.line(params.getFirst(name));
    }

    private static List<String> all(MultivaluedMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().map(TypedText::line).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
