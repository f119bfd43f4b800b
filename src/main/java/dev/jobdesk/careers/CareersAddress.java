package dev.jobdesk.careers;

import dev.jobdesk.web.ResultPage;
import io.vertx.core.http.HttpServerRequest;

/**
 * The address a careers page is known by: its path and only the parameters that page reads, in a
 * fixed order, so {@code ?utm_source=…}, {@code ?ref=…} and spelling variants of a filter name one
 * page, not one page each.
 */
final class CareersAddress {

    private CareersAddress() {
    }

    static String of(HttpServerRequest request) {
        String path = request.path();
        if (!"/careers".equals(path)) {
            return path;
        }
        CareersFilter filter = CareersFilter.of(request.getParam("team"), request.getParam("workplace"),
                request.getParam("seniority"), request.getParam("country"), request.getParam("q"));
        return path + "?" + filter.asQuery() + "page=" + ResultPage.number(request.getParam("page"));
    }
}
