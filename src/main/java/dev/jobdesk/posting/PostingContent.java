package dev.jobdesk.posting;

import dev.jobdesk.catalog.Countries;
import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.RemoteAreas;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.writing.Passage;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything a hiring manager writes in a posting, as one immutable value: what an edit saves, what
 * a review applies to, and what the history compares to say what changed.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
public record PostingContent(String title, String team, String location, String region, String country,
                             List<String> remoteAreas, WorkplaceType workplaceType,
                             EmploymentType employmentType, Seniority seniority, String experience,
                             SalaryRange salary, LocalDate closingDate, String howToApply, String roleSummary,
                             String reportsTo, String reportingStructure, Map<Section, List<String>> bullets,
                             List<Kpi> kpis, List<Faq> faqs, boolean showFaq) {

    // The longest each text may be, in characters: the form checks them, the columns hold them, the editor says them.
    public static final int MAX_TITLE = 120;
    public static final int MAX_LOCATION = 120;
    public static final int MAX_REGION = 120;
    public static final int MAX_EXPERIENCE = 40;
    public static final int MAX_HOW_TO_APPLY = 500;
    public static final int MAX_ROLE_SUMMARY = 4000;
    public static final int MAX_REPORTS_TO = 300;
    public static final int MAX_REPORTING_STRUCTURE = 2000;

    public PostingContent {
        // Unmodifiable like the lists: one content may be shared (TemplateTexts keeps some).
        bullets = Collections.unmodifiableMap(Section.everyList(bullets));
        remoteAreas = List.copyOf(remoteAreas);
        kpis = List.copyOf(kpis);
        faqs = List.copyOf(faqs);
    }

    /**
     * What a posting cloned from {@code template} holds at {@code seniority}, before anyone edits it:
     * every section of the template, worded for the level. A posting's revision 0.
     */
    public static PostingContent ofTemplate(JobTemplate template, Seniority seniority) {
        Map<Section, List<String>> bullets = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            bullets.put(section, template.bulletsAt(section, seniority));
        }
        return new PostingContent(template.title, null, null, null, null, List.of(), WorkplaceType.ONSITE,
                EmploymentType.FULL_TIME, seniority, template.level(seniority).experience, null, null, null,
                template.roleSummaryAt(seniority), template.reportsTo, template.reportingStructure, bullets,
                template.kpisAt(seniority), template.faqs, false);
    }

    /**
     * How many words a candidate reads: the summary, reporting lines, every list, the KPIs and, when
     * shown, the questions and answers.
     */
    public int wordCount() {
        Stream<String> kpiTexts = kpis.stream().flatMap(kpi -> Stream.of(kpi.metric, kpi.target));
        Stream<String> faqTexts = showFaq ? faqs.stream().flatMap(faq -> Stream.of(faq.question, faq.answer)) : Stream.empty();
        Stream<String> texts = Stream.of(Stream.of(title, roleSummary, reportsTo, reportingStructure),
                bullets.values().stream().flatMap(List::stream), kpiTexts, faqTexts).flatMap(text -> text);
        return texts.filter(text -> text != null && !text.isBlank())
                .mapToInt(text -> text.strip().split("\\s+").length).sum();
    }

    /** The same text under another team's name. */
    public PostingContent withTeam(String teamName) {
        return new PostingContent(title, teamName, location, region, country, remoteAreas, workplaceType, employmentType,
                seniority, experience, salary, closingDate, howToApply, roleSummary, reportsTo, reportingStructure,
                bullets, kpis, faqs, showFaq);
    }

    /**
     * This content with one part, named by its anchor on the edit page, as {@code source} has it: the
     * title and years ("facts"), the summary, a list, the KPIs, the reporting lines or the questions.
     * How the posting shows its questions stays its own.
     */
    public PostingContent withPartOf(PostingContent source, String anchor) {
        return switch (anchor) {
            case "facts" -> new PostingContent(source.title, team, location, region, country, remoteAreas, workplaceType,
                    employmentType, seniority, source.experience, salary, closingDate, howToApply, roleSummary, reportsTo,
                    reportingStructure, bullets, kpis, faqs, showFaq);
            case "summary" -> new PostingContent(title, team, location, region, country, remoteAreas, workplaceType,
                    employmentType, seniority, experience, salary, closingDate, howToApply, source.roleSummary, reportsTo,
                    reportingStructure, bullets, kpis, faqs, showFaq);
            case "reporting" -> new PostingContent(title, team, location, region, country, remoteAreas, workplaceType,
                    employmentType, seniority, experience, salary, closingDate, howToApply, roleSummary, source.reportsTo,
                    source.reportingStructure, bullets, kpis, faqs, showFaq);
            case "KPI" -> new PostingContent(title, team, location, region, country, remoteAreas, workplaceType,
                    employmentType, seniority, experience, salary, closingDate, howToApply, roleSummary, reportsTo,
                    reportingStructure, bullets, source.kpis, faqs, showFaq);
            case "FAQ" -> new PostingContent(title, team, location, region, country, remoteAreas, workplaceType,
                    employmentType, seniority, experience, salary, closingDate, howToApply, roleSummary, reportsTo,
                    reportingStructure, bullets, kpis, source.faqs, showFaq);
            default -> {
                Section section = Section.valueOf(anchor);
                Map<Section, List<String>> lists = new EnumMap<>(bullets);
                lists.put(section, source.bullets(section));
                yield new PostingContent(title, team, location, region, country, remoteAreas, workplaceType,
                        employmentType, seniority, experience, salary, closingDate, howToApply, roleSummary, reportsTo,
                        reportingStructure, lists, kpis, faqs, showFaq);
            }
        };
    }

    /** Its lists of lines, in the order a reader meets them. */
    public List<Section> sections() {
        return List.of(Section.values());
    }

    /** "Lisbon, Lisbon District, Portugal": the parts that are given, as a candidate reads a place. */
    public String place() {
        return place(location, region, country);
    }

    static String place(String city, String region, String country) {
        return Stream.of(city, region, Countries.nameOf(country)).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    /** Where candidates for a remote role may live, by name; nothing for a role on site or hybrid. */
    public List<String> remoteAreaNames() {
        return workplaceType == WorkplaceType.REMOTE ? RemoteAreas.namesOf(remoteAreas) : List.of();
    }

    /** "European Union, Switzerland", or nothing: as the careers page says where candidates may live. */
    public String remoteAreaText() {
        return String.join(", ", remoteAreaNames());
    }

    /** The questions the careers page shows: none unless the manager chose to show them. */
    public List<Faq> publicFaqs() {
        return showFaq ? faqs : List.of();
    }

    public List<String> bullets(Section section) {
        return bullets.get(section);
    }

    /**
     * What a candidate reads, as the writing hints read it: each part anchored where the edit page
     * shows it, in that order. The questions count only when shown.
     */
    public List<Passage> passages() {
        List<Passage> passages = new ArrayList<>();
        passages.add(Passage.text("facts", "Job title", title));
        passages.add(Passage.text("summary", "Role summary", roleSummary));
        for (Section section : Section.values()) {
            passages.add(Passage.list(section, bullets(section)));
        }
        passages.add(Passage.items("KPI", "KPIs", kpis.stream()
                .map(kpi -> kpi.target == null || kpi.target.isBlank() ? kpi.metric : kpi.metric + ": " + kpi.target)
                .toList()));
        passages.add(Passage.text("reporting", "Reporting", reportsTo, reportingStructure));
        passages.add(Passage.items("FAQ", "FAQ", publicFaqs().stream()
                .map(faq -> faq.question + " " + faq.answer).toList()));
        return passages;
    }

    /** The names of the parts that differ from {@code before}, in the order the form shows them. */
    public List<String> changesFrom(PostingContent before) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", before, PostingContent::title);
        compare(changed, "team", before, PostingContent::team);
        compare(changed, "city", before, PostingContent::location);
        compare(changed, "region", before, PostingContent::region);
        compare(changed, "country", before, PostingContent::country);
        compare(changed, "where candidates may live", before, PostingContent::remoteAreas);
        compare(changed, "workplace type", before, PostingContent::workplaceType);
        compare(changed, "employment type", before, PostingContent::employmentType);
        compare(changed, "seniority", before, PostingContent::seniority);
        compare(changed, "experience", before, PostingContent::experience);
        compare(changed, "salary", before, PostingContent::salary);
        compare(changed, "closing date", before, PostingContent::closingDate);
        compare(changed, "how to apply", before, PostingContent::howToApply);
        compare(changed, "role summary", before, PostingContent::roleSummary);
        compare(changed, "reports to", before, PostingContent::reportsTo);
        compare(changed, "reporting structure", before, PostingContent::reportingStructure);
        for (Section section : Section.values()) {
            compare(changed, section.label().toLowerCase(), before, content -> content.bullets(section));
        }
        compare(changed, "KPIs", before, PostingContent::kpis);
        compare(changed, "questions candidates ask", before, PostingContent::faqs);
        compare(changed, "whether the questions are shown", before, PostingContent::showFaq);
        return changed;
    }

    private void compare(List<String> changed, String name, PostingContent before,
                         Function<PostingContent, Object> part) {
        if (!Objects.equals(part.apply(this), part.apply(before))) {
            changed.add(name);
        }
    }
}
