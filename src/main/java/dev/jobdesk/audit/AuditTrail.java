package dev.jobdesk.audit;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.domain.CompanyCalendar;
import dev.jobdesk.posting.Action;
import dev.jobdesk.web.Days;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.FormIds;
import dev.jobdesk.web.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The admin's audit trail: every step of every posting, newest first, narrowed by who, what and
 * when (days in the company's time zone), a page at a time or whole as CSV.
 */
@ApplicationScoped
public class AuditTrail {

    static final int PAGE_SIZE = 50;
    private static final int EXPORT_BATCH = 500;

    /** The filter as the form sends it: a person's id, an action's name, the first and last day. */
    public record Filter(@RestQuery String who, @RestQuery String what, @RestQuery String from, @RestQuery String to) {

        /** A part not given is empty, as the form shows it. */
        public Filter {
            who = who == null ? "" : who;
            what = what == null ? "" : what;
            from = from == null ? "" : from;
            to = to == null ? "" : to;
        }

        /** The filter as an address's query, each part ending with {@code &}, so a page number can follow. */
        public String asQuery() {
            StringBuilder query = new StringBuilder();
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("who", who);
            parts.put("what", what);
            parts.put("from", from);
            parts.put("to", to);
            parts.forEach((name, value) -> {
                if (!value.isBlank()) {
                    query.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
                }
            });
            return query.toString();
        }
    }

    /** A filter read: what it narrows to, and a message for each part that could not be read (that part is ignored). */
    public record Narrowed(Long actorId, Action action, Instant from, Instant until, FieldErrors errors) {
    }

    /** One row of the trail, with what the page and the CSV show of it. */
    public record Row(Instant at, String who, Action action, long postingId, String postingTitle, String fromStatus,
                      String toStatus, String detail) {
    }

    private final CompanyCalendar calendar;

    AuditTrail(CompanyCalendar calendar) {
        this.calendar = calendar;
    }

    /** Everyone who has an account, to filter by. */
    public List<UserAccount> people() {
        return UserAccount.list("order by displayName");
    }

    public Narrowed read(Filter filter) {
        ZoneId zone = calendar.timeZone();
        FieldErrors errors = FieldErrors.none();
        Long actorId = null;
        if (!filter.who().isBlank()) {
            actorId = FormIds.of(filter.who());
            if (actorId == null) {
                errors.add("who", "Choose one of the people offered.");
            }
        }
        Action action = null;
        if (!filter.what().isBlank()) {
            try {
                action = Action.valueOf(filter.what().strip());
            } catch (IllegalArgumentException unknown) {
                errors.add("what", "Choose one of the steps offered.");
            }
        }
        LocalDate first = Days.read(filter.from(), "from", errors);
        LocalDate last = Days.read(filter.to(), "to", errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add("to", "The last day comes on or after the first.");
            last = null;
        }
        return new Narrowed(actorId, action, first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(), errors);
    }

    /** Page {@code number} of the trail, newest first. */
    public ResultPage<Row> page(Narrowed narrowed, int number) {
        return ResultPage.of(query(narrowed), number, PAGE_SIZE).map(AuditTrail::row);
    }

    /** Every event the filter finds, newest first, handed over in batches so that none sit in memory together. */
    public void forEach(Narrowed narrowed, Consumer<Row> each) {
        for (int first = 0; ; first += EXPORT_BATCH) {
            List<AuditEvent> batch = query(narrowed).setFirstResult(first).setMaxResults(EXPORT_BATCH).getResultList();
            batch.stream().map(AuditTrail::row).forEach(each);
            AuditEvent.getEntityManager().clear();
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
        }
    }

    private static TypedQuery<AuditEvent> query(Narrowed narrowed) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        if (narrowed.actorId() != null) {
            conditions.add("e.actor.id = :actor");
        }
        if (narrowed.action() != null) {
            conditions.add("e.action = :action");
        }
        if (narrowed.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (narrowed.until() != null) {
            conditions.add("e.occurredAt < :until");
        }
        TypedQuery<AuditEvent> query = AuditEvent.getEntityManager().createQuery(
                "select e from AuditEvent e join fetch e.posting left join fetch e.actor where "
                        + String.join(" and ", conditions) + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        if (narrowed.actorId() != null) {
            query.setParameter("actor", narrowed.actorId());
        }
        if (narrowed.action() != null) {
            query.setParameter("action", narrowed.action());
        }
        if (narrowed.from() != null) {
            query.setParameter("from", narrowed.from());
        }
        if (narrowed.until() != null) {
            query.setParameter("until", narrowed.until());
        }
        return query;
    }

    private static Row row(AuditEvent event) {
        return new Row(event.occurredAt, event.actor == null ? "Jobdesk" : event.actor.displayName, event.action,
                event.posting.id(), event.posting.title(), event.fromStatus == null ? "" : event.fromStatus.label(),
                event.toStatus.label(), event.detail == null ? "" : event.detail);
    }
}
