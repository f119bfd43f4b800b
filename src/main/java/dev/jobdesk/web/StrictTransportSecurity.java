package dev.jobdesk.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * HSTS on every response of the production build, which runs behind TLS. The embedded default is
 * reached over plain HTTP on a laptop, where the header would only get in the way.
 */
@ApplicationScoped
public class StrictTransportSecurity {

    static final String HEADER = "Strict-Transport-Security";
    static final String VALUE = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters, Flavour flavour) {
        if (flavour.isProduction()) {
            filters.register(context -> {
                context.response().putHeader(HEADER, VALUE);
                context.next();
            }, 10);
        }
    }
}
