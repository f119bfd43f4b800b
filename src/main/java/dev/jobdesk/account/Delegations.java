package dev.jobdesk.account;

import dev.jobdesk.domain.CompanyCalendar;
import dev.jobdesk.web.Days;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.FormIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** A lead who will be away names who reviews for them meanwhile, and ends it when back. */
@ApplicationScoped
public class Delegations {

    /** A delegation as posted: the delegate's id and the first and last day, as a date field sends them. */
    public record DelegationForm(@RestForm String delegate, @RestForm String startsOn, @RestForm String endsOn) {

        /** A field not sent is empty, as the form shows it. */
        public DelegationForm {
            delegate = delegate == null ? "" : delegate;
            startsOn = startsOn == null ? "" : startsOn;
            endsOn = endsOn == null ? "" : endsOn;
        }

        static DelegationForm of(Optional<ReviewDelegation> current, LocalDate today) {
            return current.map(delegation -> new DelegationForm(delegation.delegate.id.toString(),
                            delegation.startsOn.toString(), delegation.endsOn.toString()))
                    .orElseGet(() -> new DelegationForm("", today.toString(), ""));
        }
    }

    /** Told to the delegate, by mail when they want it. */
    public record DelegationNamed(ReviewDelegation delegation) {
    }

    private final CurrentUser currentUser;
    private final CompanyCalendar calendar;
    private final Event<DelegationNamed> named;

    Delegations(CurrentUser currentUser, CompanyCalendar calendar, Event<DelegationNamed> named) {
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.named = named;
    }

    /** The signed-in lead's delegation, past, present or to come. */
    public Optional<ReviewDelegation> mine() {
        return ReviewDelegation.ofLead(currentUser.account());
    }

    /** The form as the account page first shows it: the current delegation, or one starting today. */
    public DelegationForm form() {
        return DelegationForm.of(mine(), calendar.today());
    }

    /** Who the signed-in lead may name: other enabled leads. */
    public List<UserAccount> candidates() {
        UserAccount me = currentUser.account();
        return UserAccount.withRole(Role.LEAD).stream().filter(lead -> !lead.id.equals(me.id)).toList();
    }

    /** Names the delegate for the period, replacing any earlier delegation; or says what is wrong and changes nothing. */
    @Transactional
    public FieldErrors name(DelegationForm form) {
        UserAccount me = currentUser.account();
        FieldErrors errors = FieldErrors.none();
        Long delegateId = FormIds.of(form.delegate());
        UserAccount delegate = delegateId == null ? null : UserAccount.findById(delegateId);
        if (delegate == null || delegate.id.equals(me.id) || !delegate.enabled || !delegate.hasRole(Role.LEAD)) {
            errors.add("delegate", "Choose one of the engineering leads offered.");
        }
        LocalDate today = calendar.today();
        LocalDate startsOn = day(form.startsOn(), "startsOn", errors);
        LocalDate endsOn = day(form.endsOn(), "endsOn", errors);
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                errors.add("endsOn", "The last day comes on or after the first.");
            } else if (endsOn.isBefore(today)) {
                errors.add("endsOn", "The last day has passed: choose today or a day to come.");
            } else if (endsOn.isAfter(today.plusDays(ReviewDelegation.MAX_DAYS))) {
                errors.add("endsOn", "At most a year ahead: name a delegate again for longer.");
            }
        }
        if (errors.isEmpty()) {
            ReviewDelegation delegation = mine().orElseGet(() -> ReviewDelegation.of(me));
            delegation.delegate = delegate;
            delegation.startsOn = startsOn;
            delegation.endsOn = endsOn;
            delegation.persist();
            named.fire(new DelegationNamed(delegation));
        }
        return errors;
    }

    /** Back early, or changed plans: the lead reviews their queue again themselves. */
    @Transactional
    public boolean end() {
        return ReviewDelegation.deleteById(currentUser.account().id);
    }

    private static LocalDate day(String text, String field, FieldErrors errors) {
        if (text.isBlank()) {
            errors.add(field, "Enter a day.");
            return null;
        }
        return Days.read(text, field, errors);
    }
}
