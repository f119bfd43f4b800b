package dev.jobdesk.account;

import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.config.JobdeskConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator from JOBDESK_INITIAL_ADMIN_USERNAME and _PASSWORD while no enabled
 * account holds the admin role. Once one does, the settings are ignored: the admin manages everyone from
 * /admin/users, and changes this password on their account page.
 */
@ApplicationScoped
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class);

    private final JobdeskConfig.InitialAdmin settings;
    private final UserAdministration administration;

    InitialAdmin(JobdeskConfig config, UserAdministration administration) {
        this.settings = config.initialAdmin();
        this.administration = administration;
    }

    /** After the production guard (priority 1); a setting that cannot be used stops the start. */
    @Transactional
    void create(@Observes @Priority(10) StartupEvent start) {
        Optional<String> username = settings.username().map(String::strip).filter(name -> !name.isEmpty());
        if (username.isEmpty() || !UserAccount.withRole(Role.ADMIN).isEmpty()) {
            return;
        }
        if (UserAccount.findByUsername(username.get()).isPresent()) {
            // Every admin is disabled: a new username makes a new first administrator.
            LOG.warnf("No enabled administrator, and %s is taken: set JOBDESK_INITIAL_ADMIN_USERNAME to a new name.",
                    username.get());
            return;
        }
        String password = settings.password().orElse("");
        FieldErrors errors = administration.create(new UserAdministration.NewUser(username.get(), "Administrator",
                username.get() + "@jobdesk.invalid", List.of(Role.ADMIN.name()), password, password));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Jobdesk will not start: JOBDESK_INITIAL_ADMIN_USERNAME and "
                    + "JOBDESK_INITIAL_ADMIN_PASSWORD cannot make the first administrator: " + errors);
        }
        LOG.infof("Created the first administrator, %s. Change the password on the account page.", username.get());
    }
}
