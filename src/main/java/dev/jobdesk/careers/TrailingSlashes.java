package dev.jobdesk.careers;

import dev.jobdesk.web.RouteOrder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /careers/} and {@code /careers/a-job/} are the same pages as without the slash: one address
 * each, so search engines and the page cache see one page, not two. Permanent, query kept.
 */
@ApplicationScoped
public class TrailingSlashes {

    void register(@Observes Router router) {
        for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.HEAD}) {
            router.routeWithRegex(method, "/careers(/[^/]+)?/+").order(RouteOrder.TRAILING_SLASH).handler(context -> {
                String path = context.request().path().replaceAll("/+$", "");
                String query = context.request().query();
                context.response().setStatusCode(301)
                        .putHeader(HttpHeaders.LOCATION, query == null ? path : path + "?" + query).end();
            });
        }
    }
}
