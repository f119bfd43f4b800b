package dev.jobdesk.audit;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.posting.Action;
import dev.jobdesk.posting.PostingRecord;
import dev.jobdesk.posting.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One step in a posting's history: who did what, when, and how the status moved. Never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PostingRecord {

    public static final int MAX_DETAIL = 2000;

    /** Who took the step; none when Jobdesk took it itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public UserAccount actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public Status toStatus;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(length = MAX_DETAIL)
    public String detail;
}
