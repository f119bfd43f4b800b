package dev.jobdesk.posting;

import dev.jobdesk.account.ReviewDelegation;
import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A posting's way through approval: the lead whose decision is awaited now, since when, and, when the
 * approval policy asked for two approvals as the posting was submitted, who gives the second and,
 * once given, who gave the first; then the revision approved. Hibernate reads all-empty columns as a
 * posting never routed, and {@link #NOT_ROUTED} stands for it.
 * Each rule answers with the refusal a person can act on, or none; {@link Posting} turns it into its step's refusal.
 */
@Embeddable
public class Approvals {

    /** What a posting not yet routed reads: nobody and nothing. Only {@link Posting} changes approvals, never this one. */
    static final Approvals NOT_ROUTED = new Approvals();

    /** The same words for any account that is not an eligible lead, or none: the answer must not tell who it is. */
    static final String NOT_AN_ELIGIBLE_LEAD = "Choose one of the engineering leads offered.";

    /** Whoever's decision is awaited now: the lead it was routed to, then the second approver. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    private UserAccount reviewer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "second_approver_id")
    private UserAccount secondApprover;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "first_approver_id")
    private UserAccount firstApprover;

    /** When the review reached the reviewer: their queue, reminders and the review-time metric count from here. */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The revision approved, while the approval stands: publishing publishes exactly that. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_revision_id")
    private PostingRevision approvedRevision;

    protected Approvals() {
    }

    private Approvals(UserAccount lead, UserAccount secondApprover, Instant now) {
        this.reviewer = lead;
        this.secondApprover = secondApprover;
        this.submittedAt = now;
    }

    /** Routed to {@code lead}; {@code secondApprover}, when the policy names one, approves after the lead. */
    static Approvals routedTo(UserAccount lead, UserAccount secondApprover, Instant now) {
        return new Approvals(lead, secondApprover, now);
    }

    /** Why {@code lead} cannot review {@code owner}'s posting: not one, disabled, or its owner. */
    static Optional<String> leadRefusal(UserAccount owner, UserAccount lead) {
        if (lead == null) {
            return Optional.of("Choose the engineering lead who should review this posting.");
        }
        if (isSame(owner, lead)) {
            return Optional.of("You can't review your own posting: choose another engineering lead.");
        }
        if (!lead.hasRole(Role.LEAD) || !lead.enabled) {
            return Optional.of(NOT_AN_ELIGIBLE_LEAD);
        }
        return Optional.empty();
    }

    /** Why {@code approver} cannot give the second approval of {@code owner}'s posting routed to {@code lead}. */
    static Optional<String> secondApproverRefusal(UserAccount owner, UserAccount lead, UserAccount approver) {
        if (isSame(owner, approver)) {
            return Optional.of("The approval policy names you as this posting's second approver, and nobody approves"
                    + " their own posting: ask an admin to name someone else on the settings page.");
        }
        if (!approver.enabled || !(approver.hasRole(Role.LEAD) || approver.hasRole(Role.ADMIN))) {
            return Optional.of("The approval policy names " + approver.displayName + " as this posting's second"
                    + " approver, who can no longer approve: ask an admin to name someone else on the settings page.");
        }
        if (isSame(approver, lead)) {
            return Optional.of(lead.displayName
                    + " gives this posting's second approval: choose another lead for the first.");
        }
        return Optional.empty();
    }

    /** Why the review cannot go to {@code lead} instead; otherwise it does. */
    Optional<String> reassignTo(UserAccount lead) {
        if (isAssignedTo(lead)) {
            return Optional.of("This posting is in review with " + lead.displayName + " already.");
        }
        if (isFirstApprover(lead) || (firstApprover == null && isSecondApprover(lead))) {
            return Optional.of(lead.displayName + " gives the other approval of this posting: choose someone else.");
        }
        reviewer = lead;
        return Optional.empty();
    }

    /**
     * Why {@code lead} may not decide now: only the lead it is routed to, or who stands in for them
     * ({@code standingIn}, the delegation in force today), and never twice on one posting.
     */
    Optional<String> deciderRefusal(UserAccount lead, ReviewDelegation standingIn) {
        if (!isAssignedTo(lead) && !(standingIn != null && standingIn.covers(lead, reviewer))) {
            return Optional.of("Only the lead this posting was routed to, or who reviews for them while they are"
                    + " away, can review it.");
        }
        if (isFirstApprover(lead)) {
            return Optional.of("You gave this posting its first approval: the second is someone else's.");
        }
        return Optional.empty();
    }

    /**
     * {@code lead} approves {@code revision}: true when that was the first of two approvals, and the
     * posting now waits on the second approver.
     */
    boolean approve(UserAccount lead, PostingRevision revision, Instant now) {
        if (secondApprover == null || firstApprover != null) {
            approvedRevision = revision;
            return false;
        }
        firstApprover = lead;
        reviewer = secondApprover;
        submittedAt = now;
        return true;
    }

    /** An approval covers the text it was given on; a change voids it. */
    void voidApproval() {
        approvedRevision = null;
    }

    /** Whether {@code user} is awaited now, as reviewer or as the second approver still to come. */
    boolean isReviewing(UserAccount user) {
        return isAssignedTo(user) || isSecondApprover(user);
    }

    /** Whether {@code user} reviews now, approved first, or approves second. */
    public boolean isApprover(UserAccount user) {
        return isAssignedTo(user) || isFirstApprover(user) || isSecondApprover(user);
    }

    public boolean isAssignedTo(UserAccount user) {
        return isSame(reviewer, user);
    }

    private boolean isFirstApprover(UserAccount user) {
        return isSame(firstApprover, user);
    }

    private boolean isSecondApprover(UserAccount user) {
        return isSame(secondApprover, user);
    }

    private static boolean isSame(UserAccount one, UserAccount other) {
        return one != null && other != null && Objects.equals(one.id, other.id);
    }

    public UserAccount reviewer() {
        return reviewer;
    }

    public UserAccount secondApprover() {
        return secondApprover;
    }

    public UserAccount firstApprover() {
        return firstApprover;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public PostingRevision approvedRevision() {
        return approvedRevision;
    }
}
