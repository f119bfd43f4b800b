package dev.jobdesk.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One version of a job description in the library that hiring managers clone. Versions are
 * immutable: a change arrives as a new row with the next {@link #version}, and postings keep the
 * version they were cloned from. Some lines read differently at each level: see {@link TemplateLevel}.
 */
@Entity
@Table(name = "job_template")
public class JobTemplate extends PanacheEntityBase {

    /** The variant under which each level holds its wording of the role summary. */
    public static final String ROLE_SUMMARY = "role-summary";
    public static final int MAX_LEVEL_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 80)
    public String slug;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false, length = 120)
    public String title;

    @Column(nullable = false, length = 500)
    public String tagline;

    /** The mid level's wording; see {@link #roleSummaryAt(Seniority)}. */
    @Column(name = "role_summary", nullable = false, length = MAX_LEVEL_TEXT)
    public String roleSummary;

    @Column(name = "reports_to", nullable = false, length = 300)
    public String reportsTo;

    @Column(name = "reporting_structure", nullable = false, length = 2000)
    public String reportingStructure;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

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

    /** Adds a level; a version is made once and never changed. */
    TemplateLevel addLevel(Seniority seniority, String experience, List<String> responsibilities) {
        TemplateLevel level = new TemplateLevel(this, seniority);
        level.experience = experience;
        level.responsibilities.addAll(responsibilities);
        levels.add(level);
        return level;
    }

    /** The newest version of the template {@code slug}. */
    public static Optional<JobTemplate> findBySlug(String slug) {
        return find("slug = ?1 order by version desc", slug).firstResultOptional();
    }

    public static Optional<JobTemplate> findVersion(String slug, int version) {
        return find("slug = ?1 and version = ?2", slug, version).firstResultOptional();
    }

    /** The newest version of every template. */
    public static List<JobTemplate> library() {
        return list("from JobTemplate t where t.version = (select max(v.version) from JobTemplate v where v.slug = t.slug)"
                + " order by t.title");
    }
}
