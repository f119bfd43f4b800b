package dev.jobdesk.account;

import dev.jobdesk.config.JobdeskConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a password into the bcrypt hash an account keeps, at the cost the configuration sets. */
@ApplicationScoped
public class PasswordHashing {

    /** A password as an account keeps it: a plain password given where a hash belongs does not compile. */
    public record Hash(String value) {
    }

    private final int cost;

    PasswordHashing(JobdeskConfig config) {
        this.cost = config.login().hashCost();
    }

    public Hash hash(String password) {
        return new Hash(BcryptUtil.bcryptHash(password, cost));
    }
}
