package dev.jobdesk.audit;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.domain.AdminAction;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A change an admin made to the template library or an account: who, what, to which, when. Never changed. */
@Entity
@Immutable
@Table(name = "admin_event")
public class AdminEvent extends PanacheEntityBase {

    public static final int MAX_SUBJECT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public UserAccount actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public AdminAction action;

    /** The template or person as they read at the time. */
    @Column(nullable = false, length = MAX_SUBJECT)
    public String subject;

    @Column(name = "subject_path", nullable = false, length = MAX_SUBJECT)
    public String subjectPath;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(length = AuditEvent.MAX_DETAIL)
    public String detail;
}
