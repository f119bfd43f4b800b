package dev.jobdesk.careers;

import dev.jobdesk.web.RouteOrder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /careers/} and {@code /careers/a-job/} are the same pages as without the slash: one address
 * each, so search engines and the page cache see one page, not two. Permanent, query kept.
 * The route matches by prefix and the handler by plain string checks: a regular expression on the
 * route was tried against every request the server answered, a twentieth of a kept page's cost.
 */
@ApplicationScoped
public class TrailingSlashes {

    private static final String CAREERS = "/careers";

    void register(@Observes Router router) {
        router.route(CAREERS + "/*").method(HttpMethod.GET).method(HttpMethod.HEAD).order(RouteOrder.TRAILING_SLASH)
                .handler(this::redirect);
    }

    private void redirect(RoutingContext context) {
        String path = context.request().path();
        String page = path.endsWith("/") ? withoutTrailingSlashes(path) : path;
        if (page.equals(path) || !isCareersPage(page)) {
            context.next();
            return;
        }
        String query = context.request().query();
        context.response().setStatusCode(301)
                .putHeader(HttpHeaders.LOCATION, query == null ? page : page + "?" + query).end();
    }

    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /** The list, or one page below it: {@code /careers/a-job}, not {@code /careers/a-job/more}. */
    private static boolean isCareersPage(String path) {
        if (path.equals(CAREERS)) {
            return true;
        }
        int segment = CAREERS.length() + 1;
        return path.startsWith(CAREERS + "/") && path.length() > segment && path.indexOf('/', segment) < 0;
    }
}
