package dev.jobdesk.catalog;

import dev.jobdesk.account.UserAccount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A template taken out of the library: no new clones; its versions stay for the postings made from them. */
@Entity
@Table(name = "retired_template")
public class RetiredTemplate extends PanacheEntityBase {

    @Id
    @Column(length = 80)
    public String slug;

    @Column(name = "retired_at", nullable = false)
    public Instant retiredAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "retired_by_id")
    public UserAccount retiredBy;

    protected RetiredTemplate() {
    }

    RetiredTemplate(String slug, UserAccount retiredBy, Instant retiredAt) {
        this.slug = slug;
        this.retiredBy = retiredBy;
        this.retiredAt = retiredAt;
    }

    public static boolean isRetired(String slug) {
        return count("slug", slug) > 0;
    }
}
