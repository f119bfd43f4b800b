package dev.jobdesk.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What lets browsers, CDNs and job boards keep a public page and ask again cheaply: a validator of
 * its exact bytes (ETag), the time its content last changed (Last-Modified), a short public
 * lifetime, and the answer to a conditional request: 304 when the copy they hold is current.
 */
public record Freshness(String etag, String lastModified) {

    /** Short: a closed posting may linger this long in a shared cache before it answers 410 there too. */
    public static final String PUBLIC_CACHE_CONTROL = "public, max-age=60";

    /** For pages that differ by visitor (a flash message, a signed-in header): no cache may keep them. */
    public static final String PRIVATE_CACHE_CONTROL = "no-store";


    /** As {@link #answer(RoutingContext, Response.Status, String, byte[], Instant)}, for a text sent as UTF-8. */
    public static Response answer(RoutingContext context, Response.Status status, String mediaType, String body,
                                  Instant lastChanged) {
        String withCharset = mediaType.contains("charset=") ? mediaType : mediaType + ";charset=UTF-8";
        return answer(context, status, withCharset, body.getBytes(StandardCharsets.UTF_8), lastChanged);
    }

    /**
     * The answer to a GET of a public document: 304 without it when the client's copy is current,
     * else the document, marked public. Its bytes are given, not its text: a page of text outside
     * Latin-1 costs more to encode than to render, so it is encoded once, for its validator and for
     * the answer alike.
     */
    public static Response answer(RoutingContext context, Response.Status status, String mediaType, byte[] body,
                                  Instant lastChanged) {
        return answer(context, status, mediaType, body, etagOf(body), lastChanged);
    }

    /** As {@link #answer(RoutingContext, Response.Status, String, byte[], Instant)}, its validator made beforehand. */
    public static Response answer(RoutingContext context, Response.Status status, String mediaType, byte[] body,
                                  String etag, Instant lastChanged) {
        Freshness freshness = new Freshness(etag, httpDate(lastChanged));
        freshness.markPublic(context);
        if (status == Response.Status.OK
                && isCurrent(context.request().headers(), freshness.etag(), freshness.lastModified())) {
            return Response.notModified().build();
        }
        return Response.status(status).type(mediaType).entity(body).build();
    }

    /**
     * As {@link #answer(RoutingContext, Response.Status, String, String, Instant)}, for a document
     * too large to hold, written while it is sent: its validator is {@code version}, made of what it
     * is built from rather than of its bytes, so it is a weak one.
     */
    public static Response answerStreamed(RoutingContext context, String version, String mediaType,
                                          StreamingOutput body, Instant lastChanged) {
        Freshness freshness = new Freshness("W/\"" + version + "\"", httpDate(lastChanged));
        freshness.markPublic(context);
        if (isCurrent(context.request().headers(), freshness.etag(), freshness.lastModified())) {
            return Response.notModified().build();
        }
        return Response.ok(body, mediaType).build();
    }

    public static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * Marks the answer as a public page: its ETag, Last-Modified and Cache-Control, and no cookie,
     * which would keep shared caches from storing it (Quarkus's CSRF support sets its token cookie
     * on every page it renders, forms or not).
     */
    private void markPublic(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set(HttpHeaders.ETAG, etag);
        headers.set(HttpHeaders.LAST_MODIFIED, lastModified);
        headers.set(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE_CONTROL);
        context.addHeadersEndHandler(ignored -> {
            context.response().headers().remove(HttpHeaders.SET_COOKIE);
            // Cookies set through Vert.x are written after this: they are taken back here.
            context.request().cookies().stream().map(Cookie::getName).toList()
                    .forEach(name -> context.response().removeCookies(name, false));
        });
    }

    /**
     * Whether the request's conditions say the client's copy is current (RFC 9110, section 13.2.2):
     * If-None-Match when it is sent, compared weakly; otherwise If-Modified-Since, to the second.
     */
    public static boolean isCurrent(MultiMap request, String etag, String lastModified) {
        String ifNoneMatch = request.get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.equals("*") || opaque(candidate).equals(opaque(etag))) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.get(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            return !parse(lastModified).isAfter(parse(ifModifiedSince));
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }

    private static Instant parse(String httpDate) {
        return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** A proxy that compressed the page may have marked its tag weak: the same page either way. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * A strong validator of exactly these bytes: two CRCs, an Adler checksum and the length, 128 bits
     * that change whenever the page does. Not a cryptographic hash: nobody gains by forging a page's
     * validator, and SHA-256 of a list page took a sixth of its rendering time.
     */
    public static String etagOf(byte[] body) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(body);
        CRC32 crc32 = new CRC32();
        crc32.update(body);
        Adler32 adler = new Adler32();
        adler.update(body);
        byte[] validator = ByteBuffer.allocate(16).putInt((int) crc32c.getValue()).putInt((int) crc32.getValue())
                .putInt((int) adler.getValue()).putInt(body.length).array();
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(validator) + "\"";
    }
}
