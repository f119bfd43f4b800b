package dev.jobdesk.web;

import dev.jobdesk.config.JobdeskConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The flags of every cookie Jobdesk sets, whoever sets it (Quarkus's login and CSRF support, the
 * form login's return address, Jobdesk itself): always HttpOnly, since no script of ours reads a
 * cookie; and where Jobdesk is reached over HTTPS only (always in the production build, where TLS
 * ends at the load balancer) also Secure. Quarkus marks cookies Secure only when it sees the request
 * as HTTPS, which depends on the balancer sending X-Forwarded-Proto; this does not. The embedded
 * default runs over plain HTTP on a laptop unless {@code jobdesk.https-only} says otherwise. Every
 * answer carries the {@linkplain JobdeskConfig#responseHeaders() configured headers} (HSTS among them
 * in the production build) and its Date, which Vert.x leaves out and caches between here and the
 * browser need to reckon a page's age.
 */
@ApplicationScoped
public class ResponseHardening {

    /**
     * A route ahead of all others: the form login answers {@code j_security_check} before any filter
     * runs. The configured headers go in as Netty's ready-made header strings, added rather than set:
     * the answer has none of them yet.
     */
    void register(@Observes Router router, JobdeskConfig config) {
        boolean httpsOnly = config.httpsOnly();
        List<Map.Entry<CharSequence, CharSequence>> everyAnswer = config.responseHeaders().entrySet().stream()
                .<Map.Entry<CharSequence, CharSequence>>map(header -> Map.entry(
                        HttpHeaders.createOptimized(header.getKey()), HttpHeaders.createOptimized(header.getValue())))
                .toList();
        router.route().order(RouteOrder.RESPONSE_HARDENING).handler(context -> {
            MultiMap headers = context.response().headers();
            headers.add(HttpHeaders.DATE, HttpDate.now());
            for (Map.Entry<CharSequence, CharSequence> header : everyAnswer) {
                headers.add(header.getKey(), header.getValue());
            }
            context.addHeadersEndHandler(ignored -> flagCookies(context, httpsOnly));
            context.next();
        });
    }

    /**
     * Cookies reach the response two ways: as Set-Cookie headers (from JAX-RS) and as Vert.x cookies that
     * are written after this handler runs. Only cookies set by this response are touched: flagging one
     * the browser sent would send it back. A Vert.x cookie was set here when the browser did not send
     * it with that value; the CSRF cookie, which Quarkus sets again with the value it had, is made
     * Secure by its own setting (application.properties).
     */
    private static void flagCookies(RoutingContext context, boolean secure) {
        MultiMap headers = context.response().headers();
        List<String> written = headers.getAll(HttpHeaders.SET_COOKIE);
        if (!written.isEmpty()) {
            headers.remove(HttpHeaders.SET_COOKIE);
            for (String cookie : written) {
                String flagged = hasAttribute(cookie, "httponly") ? cookie : cookie + "; HttpOnly";
                headers.add(HttpHeaders.SET_COOKIE, !secure || hasAttribute(flagged, "secure") ? flagged : flagged + "; Secure");
            }
        }
        Set<String> sent = sentByBrowser(context.request().getHeader(HttpHeaders.COOKIE));
        for (Cookie cookie : context.request().cookies()) {
            if (!sent.contains(cookie.getName() + "=" + cookie.getValue())) {
                if (!cookie.isHttpOnly()) {
                    cookie.setHttpOnly(true);
                }
                if (secure && !cookie.isSecure()) {
                    cookie.setSecure(true);
                }
            }
        }
    }

    /**
     * The {@code name=value} pairs of a Cookie request header, a quoted value unquoted as Vert.x
     * reads it (the flash message's value is quoted).
     */
    private static Set<String> sentByBrowser(String cookieHeader) {
        if (cookieHeader == null) {
            return Set.of();
        }
        Set<String> pairs = new HashSet<>();
        for (String pair : cookieHeader.split(";")) {
            String[] nameValue = pair.strip().split("=", 2);
            String value = nameValue.length < 2 ? "" : nameValue[1];
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            pairs.add(nameValue[0] + "=" + value);
        }
        return pairs;
    }

    private static boolean hasAttribute(String setCookie, String name) {
        for (String attribute : setCookie.split(";")) {
            if (attribute.strip().toLowerCase(Locale.ROOT).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
