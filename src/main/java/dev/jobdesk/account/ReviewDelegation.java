package dev.jobdesk.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead away for a while names someone who reviews for them from {@link #startsOn} to {@link #endsOn}
 * (days in the company's time zone, both included): the delegate sees the lead's queue beside their own
 * and decides in their place. One delegation per lead at a time.
 */
@Entity
@Table(name = "review_delegation")
@TemplateData(namespace = TemplateData.SIMPLENAME)
public class ReviewDelegation extends PanacheEntityBase {

    /** How far ahead a delegation may end: long enough for parental leave, short enough to be revisited. */
    public static final int MAX_DAYS = 366;

    @Id
    @Column(name = "lead_id")
    Long leadId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    public UserAccount lead;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "delegate_id")
    public UserAccount delegate;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    protected ReviewDelegation() {
    }

    /** A delegation of {@code lead}'s reviews, not yet saved; its delegate and days are set next. */
    public static ReviewDelegation of(UserAccount lead) {
        ReviewDelegation delegation = new ReviewDelegation();
        delegation.lead = lead;
        return delegation;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Whether this delegation has {@code person} review in place of {@code lead}, whatever the day. */
    public boolean covers(UserAccount person, UserAccount lead) {
        return person != null && lead != null && Objects.equals(delegate.id, person.id)
                && Objects.equals(this.lead.id, lead.id) && delegate.enabled;
    }

    /** The delegation in force on {@code day} that has {@code person} review in place of {@code lead}, if any. */
    public static Optional<ReviewDelegation> standingIn(UserAccount person, UserAccount lead, LocalDate day) {
        return ofLead(lead).filter(delegation -> delegation.isActiveOn(day) && delegation.covers(person, lead));
    }

    /** The lead's delegation, whether or not it has started or has ended. */
    public static Optional<ReviewDelegation> ofLead(UserAccount lead) {
        return lead == null ? Optional.empty() : findByIdOptional(lead.id);
    }

    /** Who reviews in place of {@code lead} on {@code day}, if anyone. */
    public static Optional<UserAccount> standIn(UserAccount lead, LocalDate day) {
        return ofLead(lead).filter(delegation -> delegation.isActiveOn(day) && delegation.delegate.enabled)
                .map(delegation -> delegation.delegate);
    }

    /** The leads the account {@code delegateId} reviews for on {@code day}. */
    public static List<ReviewDelegation> heldBy(long delegateId, LocalDate day) {
        return find("select d from ReviewDelegation d join fetch d.lead where d.delegate.id = ?1"
                + " and d.startsOn <= ?2 and d.endsOn >= ?2", delegateId, day).list();
    }
}
