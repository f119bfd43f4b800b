package dev.jobdesk.audit;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.domain.AdminAction;
import dev.jobdesk.domain.CompanyCalendar;
import dev.jobdesk.posting.Action;
import dev.jobdesk.posting.Status;
import dev.jobdesk.web.Days;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.FormIds;
import dev.jobdesk.web.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The admin's audit trail: every step of every posting and every change admins made to the template
 * library and to accounts, newest first, narrowed by who, what and when (days in the company's time
 * zone), a page at a time or whole as CSV.
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

    /**
     * A filter read: what it narrows to (a posting's step or an admin's change), and a message for each
     * part that could not be read (that part is ignored).
     */
    public record Narrowed(Long actorId, Action action, AdminAction adminAction, Instant from, Instant until,
                           FieldErrors errors) {
    }

    /** One row of the trail, with what the page and the CSV show of it: the step, and the page of what it was taken on. */
    public record Row(Instant at, String who, String step, String subject, String subjectPath, String fromStatus,
                      String toStatus, String detail) {
    }

    // Both kinds of event as one list, the columns of a row in Row's order after the kind and id that order it.
    private static final String POSTING_STEPS = "select 0 as kind, e.id, e.occurred_at, u.display_name, e.action,"
            + " p.title as subject, cast(p.id as varchar(20)) as subject_path, e.from_status, e.to_status, e.detail"
            + " from audit_event e join posting p on p.id = e.posting_id left join user_account u on u.id = e.actor_id";
    private static final String ADMIN_CHANGES = "select 1 as kind, a.id, a.occurred_at, u.display_name, a.action,"
            + " a.subject, a.subject_path, cast(null as varchar(20)), cast(null as varchar(20)), a.detail"
            + " from admin_event a left join user_account u on u.id = a.actor_id";

    private final CompanyCalendar calendar;

    AuditTrail(CompanyCalendar calendar) {
        this.calendar = calendar;
    }

    /** Everyone who has an account, to filter by. */
    public List<UserAccount> people() {
        return UserAccount.allByName();
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
        AdminAction adminAction = null;
        String what = filter.what().strip();
        if (!what.isEmpty()) {
            action = Arrays.stream(Action.values()).filter(each -> each.name().equals(what)).findFirst().orElse(null);
            adminAction = Arrays.stream(AdminAction.values()).filter(each -> each.name().equals(what)).findFirst()
                    .orElse(null);
            if (action == null && adminAction == null) {
                errors.add("what", "Choose one of the steps offered.");
            }
        }
        LocalDate first = Days.read(filter.from(), "from", errors);
        LocalDate last = Days.read(filter.to(), "to", errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add("to", "The last day comes on or after the first.");
            last = null;
        }
        return new Narrowed(actorId, action, adminAction, first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(), errors);
    }

    /** Page {@code number} of the trail, newest first. */
    public ResultPage<Row> page(Narrowed narrowed, int number) {
        return ResultPage.ofRows(query(narrowed), number, PAGE_SIZE).map(AuditTrail::row);
    }

    /** Every event the filter finds, newest first, handed over in batches so that none sit in memory together. */
    public void forEach(Narrowed narrowed, Consumer<Row> each) {
        for (int first = 0; ; first += EXPORT_BATCH) {
            @SuppressWarnings("unchecked")
            List<Object[]> batch = query(narrowed).setFirstResult(first).setMaxResults(EXPORT_BATCH).getResultList();
            batch.stream().map(AuditTrail::row).forEach(each);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
        }
    }

    private static Query query(Narrowed narrowed) {
        List<String> common = new ArrayList<>();
        if (narrowed.actorId() != null) {
            common.add("actor_id = :actor");
        }
        if (narrowed.from() != null) {
            common.add("occurred_at >= :from");
        }
        if (narrowed.until() != null) {
            common.add("occurred_at < :until");
        }
        List<String> postingSteps = new ArrayList<>(common.stream().map(condition -> "e." + condition).toList());
        List<String> adminChanges = new ArrayList<>(common.stream().map(condition -> "a." + condition).toList());
        if (narrowed.action() != null) {
            postingSteps.add("e.action = :action");
            adminChanges.add("1 = 0");
        }
        if (narrowed.adminAction() != null) {
            postingSteps.add("1 = 0");
            adminChanges.add("a.action = :action");
        }
        Query query = AuditEvent.getEntityManager().createNativeQuery(POSTING_STEPS + where(postingSteps)
                + " union all " + ADMIN_CHANGES + where(adminChanges) + " order by 3 desc, 1 desc, 2 desc");
        if (narrowed.actorId() != null) {
            query.setParameter("actor", narrowed.actorId());
        }
        if (narrowed.action() != null) {
            query.setParameter("action", narrowed.action().name());
        }
        if (narrowed.adminAction() != null) {
            query.setParameter("action", narrowed.adminAction().name());
        }
        if (narrowed.from() != null) {
            query.setParameter("from", OffsetDateTime.ofInstant(narrowed.from(), ZoneOffset.UTC));
        }
        if (narrowed.until() != null) {
            query.setParameter("until", OffsetDateTime.ofInstant(narrowed.until(), ZoneOffset.UTC));
        }
        return query;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Row row(Object[] columns) {
        boolean postingStep = ((Number) columns[0]).intValue() == 0;
        String step = (String) columns[4];
        return new Row(instant(columns[2]), columns[3] == null ? "Jobdesk" : (String) columns[3],
                postingStep ? Action.valueOf(step).label() : AdminAction.valueOf(step).label(), (String) columns[5],
                postingStep ? "/postings/" + columns[6] : (String) columns[6], statusLabel(columns[7]),
                statusLabel(columns[8]), columns[9] == null ? "" : (String) columns[9]);
    }

    private static String statusLabel(Object status) {
        return status == null ? "" : Status.valueOf((String) status).label();
    }

    /** A time as the database driver hands it over: H2 and PostgreSQL differ. */
    private static Instant instant(Object time) {
        if (time instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (time instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) time;
    }
}
