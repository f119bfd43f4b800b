package dev.jobdesk.mail;

import dev.jobdesk.account.PasswordResetRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The link to choose a new password, mailed in the transaction that made it. */
@ApplicationScoped
class ResetMail {

    private final Outbox outbox;

    ResetMail(Outbox outbox) {
        this.outbox = outbox;
    }

    void mail(@Observes PasswordResetRequested requested) {
        outbox.writeAsked(requested.account(), "Choose a new Jobdesk password",
                "Someone, probably you, asked to reset the password of your Jobdesk account, "
                        + requested.account().username + ". Choose a new one here; the link works once, within 30 minutes:\n\n"
                        + requested.link() + "\n\nIf it was not you, ignore this mail: your password stays as it is.",
                requested.at());
    }
}
