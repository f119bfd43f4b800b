package dev.jobdesk.careers.api;

import dev.jobdesk.web.RouteOrder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Any site may read the public API from a browser script: GET only, and credentials are never
 * allowed, so a visitor's session cannot ride along. The rest of Jobdesk stays same-origin.
 */
@ApplicationScoped
class ApiCors {

    void register(@Observes Router router) {
        router.route("/api/v1/*").order(RouteOrder.API_CORS).handler(this::allowAnyOrigin);
    }

    private void allowAnyOrigin(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.ORIGIN) == null) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        if (context.request().method() == HttpMethod.OPTIONS) {
            context.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "If-None-Match, If-Modified-Since")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400")
                    .setStatusCode(204).end();
            return;
        }
        context.response().putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Last-Modified");
        context.next();
    }
}
