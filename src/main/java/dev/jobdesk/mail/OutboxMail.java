package dev.jobdesk.mail;

import dev.jobdesk.account.UserAccount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateData;
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
import java.time.Duration;
import java.time.Instant;

/** A mail Jobdesk writes about a step: kept in the outbox until it is sent, or for good where mail is kept. */
@Entity
@Table(name = "outbox_mail")
@TemplateData(namespace = TemplateData.SIMPLENAME)
public class OutboxMail extends PanacheEntityBase {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_BODY = 8000;
    public static final int MAX_ERROR = 1000;
    /** After this many failed attempts a mail is given up on, and an admin sees why in the outbox. */
    static final int MAX_ATTEMPTS = 6;

    public enum State {
        /** Waiting to be sent. */
        PENDING,
        SENT,
        /** Not sent, by design: on the embedded default, mail is kept for an admin to read. */
        KEPT,
        /** Given up on after {@link #MAX_ATTEMPTS}. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    public UserAccount recipient;

    @Column(name = "to_address", nullable = false, length = UserAccount.MAX_EMAIL)
    public String toAddress;

    @Column(nullable = false, length = MAX_SUBJECT)
    public String subject;

    @Column(nullable = false, length = MAX_BODY)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public State state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    public String lastError;

    protected OutboxMail() {
    }

    static OutboxMail to(UserAccount recipient, String subject, String body, boolean send, Instant now) {
        OutboxMail mail = new OutboxMail();
        mail.recipient = recipient;
        mail.toAddress = recipient.email;
        mail.subject = cut(subject, MAX_SUBJECT);
        mail.body = cut(body, MAX_BODY);
        mail.state = send ? State.PENDING : State.KEPT;
        mail.createdAt = now;
        mail.nextAttemptAt = send ? now : null;
        return mail;
    }

    void sent(Instant now) {
        state = State.SENT;
        sentAt = now;
        attempts++;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Tries again later, a little later each time, and gives up after {@link #MAX_ATTEMPTS}. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = cut(error == null ? "Unknown error" : error, MAX_ERROR);
        if (attempts >= MAX_ATTEMPTS) {
            state = State.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (2 * (attempts - 1))));
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
