package dev.jobdesk.posting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What a posting's history is made of: a row of its own that belongs to one posting, such as a
 * revision, a lead's decision, a comment on a section or a step of the audit trail.
 */
@MappedSuperclass
public abstract class PostingRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "posting_id")
    public Posting posting;
}
