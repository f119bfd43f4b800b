package dev.jobdesk.company;

import dev.jobdesk.catalog.Section;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The company's publish policy as an admin sets it: one row (see {@link PublishRules} for what it asks). */
@Entity
@Table(name = "publish_policy")
class PublishPolicy extends PanacheEntityBase {

    static final long ID = 1;

    @Id
    Long id;

    @Version
    int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "salary_required", nullable = false, length = 10)
    PublishRules.SalaryRule salaryRequired;

    /** Country codes and remote regions' codes. */
    @ElementCollection
    @CollectionTable(name = "publish_policy_salary_place", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "place", length = 32)
    Set<String> salaryPlaces = new TreeSet<>();

    @Column(name = "closing_date_required", nullable = false)
    boolean closingDateRequired;

    @Column(name = "max_words")
    Integer maxWords;

    @ElementCollection
    @CollectionTable(name = "publish_policy_section", joinColumns = @JoinColumn(name = "policy_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "section", length = 20)
    Set<Section> requiredSections = EnumSet.noneOf(Section.class);

    /** The row with both its lists, in one query: every publish checks the rules. */
    static Optional<PublishPolicy> withItsLists() {
        return find("from PublishPolicy p left join fetch p.salaryPlaces left join fetch p.requiredSections"
                + " where p.id = ?1", ID).singleResultOptional();
    }

    PublishRules rules() {
        return new PublishRules(salaryRequired, Set.copyOf(salaryPlaces), closingDateRequired, maxWords,
                requiredSections.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(requiredSections)));
    }
}
