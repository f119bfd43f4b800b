package dev.jobdesk.posting;

import dev.jobdesk.catalog.Bullet;
import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.RemoteAreas;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.company.Team;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A posting's own text, column by column: what the careers page shows once it is live. A correction
 * of a live posting waits beside it, in {@link Posting}'s correction columns, until it is published
 * over it. Read and written whole, as {@link PostingContent}.
 */
@Embeddable
class ContentColumns {

    @Column(nullable = false, length = PostingContent.MAX_TITLE)
    private String title;

    /** The team, from the admin's list. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    /**
     * {@link #team}'s name, kept beside it: the careers list sorts and groups by it without a join, and
     * replicas still on schema V15 read it during a rolling update. {@link PostingTeams} keeps it current.
     */
    @Column(name = "team", length = Team.MAX_NAME)
    private String teamName;

    /** The city or town; for a remote role, unused unless the manager names one. */
    @Column(length = PostingContent.MAX_LOCATION)
    private String location;

    /** ISO 3166-1 alpha-2: the country the job is in. */
    @Column(length = 2)
    private String country;

    /** For a remote role, where candidates may live: codes of {@link RemoteAreas}, in order. */
    @ElementCollection
    @CollectionTable(name = "posting_remote_area", joinColumns = @JoinColumn(name = "posting_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false, length = 32)
    private List<String> remoteAreas = new ArrayList<>();

    @Column(length = PostingContent.MAX_REGION)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "workplace_type", nullable = false, length = 8)
    private WorkplaceType workplaceType;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false, length = 12)
    private EmploymentType employmentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Seniority seniority;

    @Column(nullable = false, length = PostingContent.MAX_EXPERIENCE)
    private String experience;

    @Embedded
    private SalaryRange salary;

    @Column(name = "closing_date")
    private LocalDate closingDate;

    @Column(name = "how_to_apply", length = PostingContent.MAX_HOW_TO_APPLY)
    private String howToApply;

    @Column(name = "role_summary", nullable = false, length = PostingContent.MAX_ROLE_SUMMARY)
    private String roleSummary;

    @Column(name = "reports_to", length = PostingContent.MAX_REPORTS_TO)
    private String reportsTo;

    @Column(name = "reporting_structure", length = PostingContent.MAX_REPORTING_STRUCTURE)
    private String reportingStructure;

    @ElementCollection
    @CollectionTable(name = "posting_bullet", joinColumns = @JoinColumn(name = "posting_id"))
    @OrderColumn(name = "position")
    private List<Bullet> bullets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "posting_kpi", joinColumns = @JoinColumn(name = "posting_id"))
    @OrderColumn(name = "position")
    private List<Kpi> kpis = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "posting_faq", joinColumns = @JoinColumn(name = "posting_id"))
    @OrderColumn(name = "position")
    private List<Faq> faqs = new ArrayList<>();

    /** Whether the careers page shows {@link #faqs}: the manager decides, since not every team wants them. */
    @Column(name = "show_faq", nullable = false)
    private boolean showFaq;

    /** The text as {@link #content} last made it, until written: one page asks for it several times. */
    @Transient
    private PostingContent read;

    /** Written in this session: until it commits, it is not its version's text, so none of it is kept. */
    @Transient
    private boolean written;

    protected ContentColumns() {
    }

    ContentColumns(PostingContent content, Team team) {
        write(content, team);
    }

    PostingContent content() {
        if (read == null) {
            read = readColumns();
        }
        return read;
    }

    /** Its text at {@code version} of posting {@code postingId}, as {@code kept} holds it if it does. */
    void recall(PostingTexts kept, long postingId, int version) {
        if (!written) {
            read = kept.of(new PostingTexts.Key(postingId, version, teamName), this::content);
        }
    }

    private PostingContent readColumns() {
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            sections.put(section, bullets.stream().filter(bullet -> bullet.section == section)
                    .map(bullet -> bullet.text).toList());
        }
        return new PostingContent(title, teamName, location, region, country, remoteAreas, workplaceType,
                employmentType, seniority, experience, salary, closingDate, howToApply, roleSummary, reportsTo,
                reportingStructure, sections, kpis, faqs, showFaq);
    }

    /** {@code team}: the one {@code content} names, from the admin's list; its name is the one kept. */
    void write(PostingContent content, Team team) {
        read = null;
        written = true;
        title = content.title();
        this.team = team;
        teamName = team == null ? null : team.name;
        location = content.location();
        region = content.region();
        country = content.country();
        remoteAreas.clear();
        remoteAreas.addAll(content.remoteAreas());
        workplaceType = content.workplaceType();
        employmentType = content.employmentType();
        seniority = content.seniority();
        experience = content.experience();
        salary = content.salary();
        closingDate = content.closingDate();
        howToApply = content.howToApply();
        roleSummary = content.roleSummary();
        reportsTo = content.reportsTo();
        reportingStructure = content.reportingStructure();
        bullets.clear();
        content.bullets().forEach((section, texts) -> texts.forEach(text -> bullets.add(new Bullet(section, text))));
        kpis.clear();
        content.kpis().forEach(kpi -> kpis.add(new Kpi(kpi.metric, kpi.target)));
        faqs.clear();
        content.faqs().forEach(faq -> faqs.add(new Faq(faq.question, faq.answer)));
        showFaq = content.showFaq();
    }

    String title() {
        return title;
    }

    Team team() {
        return team;
    }

    String teamName() {
        return teamName;
    }

    Seniority seniority() {
        return seniority;
    }

    LocalDate closingDate() {
        return closingDate;
    }

    /** The city and the country, as the posting's address names them. */
    String placeForAddress() {
        return PostingContent.place(location, null, country);
    }
}
