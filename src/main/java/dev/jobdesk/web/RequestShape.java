package dev.jobdesk.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every request that carries a body is a form: Jobdesk has no other. One whose Content-Type is
 * something else, or is malformed (an unknown charset, a multipart body without its boundary), is
 * answered 415 with the usual error page here, before the form login or JAX-RS try to decode it and
 * fail with a stack trace.
 */
@ApplicationScoped
public class RequestShape {

    /** Where such requests are sent, as a GET without their body: {@link RefusedRequests} answers it. */
    static final String UNSUPPORTED_BODY = "/errors/unsupported-body";

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern PARAMETER = Pattern.compile(
            "\\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)=([!#$%&'*+.^_`|~0-9A-Za-z-]+|\"[^\"\\\\]*\")\\s*");

    void register(@Observes Router router) {
        router.route().order(RouteOrder.REQUEST_SHAPE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!WITH_BODY.contains(request.method()) || isForm(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            context.next();
            return;
        }
        request.headers().remove(HttpHeaders.CONTENT_TYPE);
        context.reroute(HttpMethod.GET, UNSUPPORTED_BODY);
    }

    /** A URL-encoded form, or a multipart one with its boundary; a charset, if named, one this JVM has. */
    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";", -1);
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean multipart = type.equals("multipart/form-data");
        if (!multipart && !type.equals("application/x-www-form-urlencoded")) {
            return false;
        }
        boolean hasBoundary = false;
        for (int index = 1; index < parts.length; index++) {
            Matcher parameter = PARAMETER.matcher(parts[index]);
            if (!parameter.matches()) {
                return false;
            }
            String name = parameter.group(1).toLowerCase(Locale.ROOT);
            String value = parameter.group(2).replace("\"", "");
            if (name.equals("charset") && !isSupportedCharset(value)) {
                return false;
            }
            hasBoundary |= name.equals("boundary") && !value.isEmpty();
        }
        return !multipart || hasBoundary;
    }

    private static boolean isSupportedCharset(String name) {
        try {
            return TOKEN.matcher(name).matches() && Charset.isSupported(name);
        } catch (IllegalCharsetNameException illegal) {
            return false;
        }
    }
}
