package dev.jobdesk.catalog;

import dev.jobdesk.account.UserAccount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateData;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One version of a job description in the library that hiring managers clone. Versions are
 * immutable: a change arrives as a new row with the next {@link #version}, and postings keep the
 * version they were cloned from. Some lines read differently at each level: see {@link TemplateLevel}.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Entity
@Table(name = "job_template")
public class JobTemplate extends PanacheEntityBase {

    /** The variant under which each level holds its wording of the role summary. */
    public static final String ROLE_SUMMARY = "role-summary";
    public static final int MAX_LEVEL_TEXT = 4000;
    public static final int MAX_TITLE = 120;
    public static final int MAX_TAGLINE = 500;
    public static final int MAX_REPORTS_TO = 300;
    public static final int MAX_REPORTING_STRUCTURE = 2000;
    public static final int MAX_CHANGE_NOTE = 500;

    /** The version clones take of each template: its newest, offered ones aside. */
    private static final String CURRENT = "from JobTemplate t where t.offered = false and t.version ="
            + " (select max(v.version) from JobTemplate v where v.slug = t.slug and v.offered = false)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 80)
    public String slug;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false, length = MAX_TITLE)
    public String title;

    @Column(nullable = false, length = MAX_TAGLINE)
    public String tagline;

    /** The mid level's wording; see {@link #roleSummaryAt(Seniority)}. */
    @Column(name = "role_summary", nullable = false, length = MAX_LEVEL_TEXT)
    public String roleSummary;

    @Column(name = "reports_to", nullable = false, length = MAX_REPORTS_TO)
    public String reportsTo;

    @Column(name = "reporting_structure", nullable = false, length = MAX_REPORTING_STRUCTURE)
    public String reportingStructure;

    /** When this version was made. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The data file's version this one came from; none for a version an admin made. */
    @Column(name = "shipped_version")
    public Integer shippedVersion;

    /**
     * A shipped version that arrived after an admin's edit: it waits to be compared and adopted, and
     * nobody clones it until then.
     */
    @Column(nullable = false)
    public boolean offered;

    /** The admin who made this version; none for a shipped one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    public UserAccount createdBy;

    /** What the admin said changed. */
    @Column(name = "change_note", length = MAX_CHANGE_NOTE)
    public String changeNote;

    @ElementCollection
    @CollectionTable(name = "template_bullet", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    public List<TemplateLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<TemplateLevel> levels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "template_kpi", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    public List<TemplateKpi> kpis = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "template_faq", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    public List<Faq> faqs = new ArrayList<>();

    /** A line, summary or target that reads differently at each level, and where it sits. */
    public record VaryingText(Section section, String kpiMetric, Map<Seniority, String> byLevel) {

        public boolean isRoleSummary() {
            return section == null && kpiMetric == null;
        }

        public String at(Seniority seniority) {
            return byLevel.get(seniority);
        }
    }

    /** The lines of a section as they read at {@code seniority}. */
    public List<String> bulletsAt(Section section, Seniority seniority) {
        if (section == Section.LEVEL) {
            return List.copyOf(level(seniority).responsibilities);
        }
        return lines.stream().filter(line -> line.section == section)
                .map(line -> textAt(seniority, line.variant, line.text)).toList();
    }

    /** The lines of a section as the mid level reads them, with the ones that vary marked by {@link #varies}. */
    public List<TemplateLine> lines(Section section) {
        return lines.stream().filter(line -> line.section == section).toList();
    }

    public String roleSummaryAt(Seniority seniority) {
        return textAt(seniority, ROLE_SUMMARY, roleSummary);
    }

    public List<Kpi> kpisAt(Seniority seniority) {
        return kpis.stream().map(kpi -> new Kpi(kpi.metric, textAt(seniority, kpi.targetVariant, kpi.target))).toList();
    }

    /** Every text that reads differently at each level, in the order a posting shows them. */
    public List<VaryingText> varyingTexts() {
        List<VaryingText> varying = new ArrayList<>();
        if (varies(ROLE_SUMMARY)) {
            varying.add(new VaryingText(null, null, byLevel(ROLE_SUMMARY)));
        }
        lines.stream().filter(line -> varies(line.variant))
                .forEach(line -> varying.add(new VaryingText(line.section, null, byLevel(line.variant))));
        kpis.stream().filter(kpi -> varies(kpi.targetVariant))
                .forEach(kpi -> varying.add(new VaryingText(null, kpi.metric, byLevel(kpi.targetVariant))));
        return varying;
    }

    /** Whether {@code variant} names a text that each level words its own way. */
    public boolean varies(String variant) {
        return variant != null && levels.stream().anyMatch(level -> level.texts.containsKey(variant));
    }

    /** Each level's wording of {@code variant}, for the template's page. */
    public Map<Seniority, String> byLevel(String variant) {
        Map<Seniority, String> texts = new EnumMap<>(Seniority.class);
        levelsInOrder().forEach(level -> texts.put(level.seniority, level.texts.get(variant)));
        return texts;
    }

    private String textAt(Seniority seniority, String variant, String midLevelText) {
        return variant == null ? midLevelText : level(seniority).texts.getOrDefault(variant, midLevelText);
    }

    public List<TemplateLevel> levelsInOrder() {
        return levels.stream().sorted(Comparator.comparing(level -> level.seniority)).toList();
    }

    public TemplateLevel level(Seniority seniority) {
        return levels.stream().filter(level -> level.seniority == seniority).findFirst()
                .orElseThrow(() -> new NoSuchElementException(title + " has no " + seniority + " level"));
    }

    /**
     * A new version of the template {@code slug} saying {@code content}; it is made once and never
     * changed. Lines worded per level name a variant (role-summary, must_have-2, kpi-0-target) that
     * each level holds its wording of.
     */
    public static JobTemplate of(String slug, int version, TemplateContent content, Instant now) {
        JobTemplate template = new JobTemplate();
        template.slug = slug;
        template.version = version;
        template.title = content.title();
        template.tagline = content.tagline();
        template.roleSummary = content.roleSummary().text();
        template.reportsTo = content.reportsTo();
        template.reportingStructure = content.reportingStructure();
        template.updatedAt = now;
        Map<Seniority, TemplateLevel> levels = new EnumMap<>(Seniority.class);
        for (Seniority seniority : Seniority.values()) {
            TemplateContent.Level level = content.levels().get(seniority);
            TemplateLevel made = new TemplateLevel(template, seniority);
            made.experience = level.experience();
            made.responsibilities.addAll(level.responsibilities());
            template.levels.add(made);
            levels.put(seniority, made);
        }
        template.wordPerLevel(levels, ROLE_SUMMARY, content.roleSummary());
        for (Section section : TemplateContent.SHARED_SECTIONS) {
            List<Worded> lines = content.lines(section);
            for (int i = 0; i < lines.size(); i++) {
                Worded line = lines.get(i);
                String variant = line.varies() ? section.name().toLowerCase(Locale.ROOT) + "-" + i : null;
                template.lines.add(new TemplateLine(section, line.text(), variant));
                template.wordPerLevel(levels, variant, line);
            }
        }
        for (int i = 0; i < content.kpis().size(); i++) {
            TemplateContent.WordedKpi kpi = content.kpis().get(i);
            String variant = kpi.target().varies() ? "kpi-" + i + "-target" : null;
            String target = kpi.target().text() == null || kpi.target().text().isBlank() ? null : kpi.target().text();
            template.kpis.add(new TemplateKpi(kpi.metric(), target, variant));
            template.wordPerLevel(levels, variant, kpi.target());
        }
        template.faqs.addAll(content.faqs());
        return template;
    }

    private void wordPerLevel(Map<Seniority, TemplateLevel> levels, String variant, Worded text) {
        if (variant != null) {
            text.byLevel().forEach((seniority, wording) -> levels.get(seniority).texts.put(variant, wording));
        }
    }

    /** What this version says, as the editor shows it and a new version is made of. */
    public TemplateContent content() {
        Map<Section, List<Worded>> lines = new EnumMap<>(Section.class);
        for (Section section : TemplateContent.SHARED_SECTIONS) {
            lines.put(section, lines(section).stream().map(line -> worded(line.variant, line.text)).toList());
        }
        Map<Seniority, TemplateContent.Level> levelContents = new EnumMap<>(Seniority.class);
        levels.forEach(level -> levelContents.put(level.seniority,
                new TemplateContent.Level(level.experience, level.responsibilities)));
        List<TemplateContent.WordedKpi> kpiContents = kpis.stream()
                .map(kpi -> new TemplateContent.WordedKpi(kpi.metric, worded(kpi.targetVariant,
                        kpi.target == null ? "" : kpi.target)))
                .toList();
        return new TemplateContent(title, tagline, worded(ROLE_SUMMARY, roleSummary), reportsTo, reportingStructure,
                lines, levelContents, kpiContents, faqs.stream().map(faq -> new Faq(faq.question, faq.answer)).toList());
    }

    private Worded worded(String variant, String midLevelText) {
        return varies(variant) ? new Worded(midLevelText, byLevel(variant)) : Worded.same(midLevelText);
    }

    /** The version of the template {@code slug} that clones take: its newest, an offered one aside. */
    public static Optional<JobTemplate> findBySlug(String slug) {
        return find("slug = ?1 and offered = false order by version desc", slug).firstResultOptional();
    }

    /**
     * The newest version of {@code template}'s slug after {@code version}, if there is one: one query,
     * without loading {@code template} (a posting's page asks it on every view).
     */
    public static Optional<JobTemplate> newestAfter(JobTemplate template, int version) {
        return find("slug = (select o.slug from JobTemplate o where o = ?1) and offered = false and version > ?2"
                + " order by version desc", template, version).firstResultOptional();
    }

    /** Every version of the template {@code slug}, newest first, offered ones included. */
    public static List<JobTemplate> versions(String slug) {
        return list("from JobTemplate t left join fetch t.createdBy where t.slug = ?1 order by t.version desc", slug);
    }

    /** The number the next version of {@code slug} takes. */
    public static int nextVersion(String slug) {
        Integer newest = getEntityManager()
                .createQuery("select max(t.version) from JobTemplate t where t.slug = ?1", Integer.class)
                .setParameter(1, slug).getSingleResult();
        return newest == null ? 1 : newest + 1;
    }

    public static Optional<JobTemplate> findVersion(String slug, int version) {
        return find("slug = ?1 and version = ?2", slug, version).firstResultOptional();
    }

    /** The version clones take of every template in use, by title; retired ones aside. */
    public static List<JobTemplate> library() {
        return list(CURRENT + " and not exists (select r from RetiredTemplate r where r.slug = t.slug) order by t.title");
    }

    /** The last version of every retired template, by title. */
    public static List<JobTemplate> retired() {
        return list(CURRENT + " and exists (select r from RetiredTemplate r where r.slug = t.slug) order by t.title");
    }

}
