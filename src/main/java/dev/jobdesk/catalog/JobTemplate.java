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
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A job description in the library that hiring managers clone. Versioned: a new version of the seed
 * replaces the content and bumps {@link #version}, and postings remember the version they came from.
 */
@Entity
@Table(name = "job_template")
public class JobTemplate extends PanacheEntityBase {

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

    @Column(name = "role_summary", nullable = false, length = 4000)
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
    public List<Bullet> bullets = new ArrayList<>();

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<TemplateLevel> levels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "template_kpi", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    public List<Kpi> kpis = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "template_faq", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    public List<Faq> faqs = new ArrayList<>();

    public List<String> bullets(Section section) {
        return bullets.stream().filter(bullet -> bullet.section == section).map(bullet -> bullet.text).toList();
    }

    public List<TemplateLevel> levelsInOrder() {
        return levels.stream().sorted(Comparator.comparing(level -> level.seniority)).toList();
    }

    public TemplateLevel level(Seniority seniority) {
        return levels.stream().filter(level -> level.seniority == seniority).findFirst()
                .orElseThrow(() -> new NoSuchElementException(title + " has no " + seniority + " level"));
    }

    /** Updated in place, since a level is unique per template and seniority. */
    void setLevel(Seniority seniority, String experience, List<String> responsibilities) {
        TemplateLevel level = levels.stream().filter(existing -> existing.seniority == seniority).findFirst()
                .orElseGet(() -> {
                    TemplateLevel added = new TemplateLevel(this, seniority);
                    levels.add(added);
                    return added;
                });
        level.experience = experience;
        level.responsibilities.clear();
        level.responsibilities.addAll(responsibilities);
    }

    public static Optional<JobTemplate> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<JobTemplate> library() {
        return list("order by title");
    }
}
