package dev.jobdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A message carried across a POST-redirect-GET in a short-lived cookie and shown once by the page
 * the redirect lands on ({@code inject:flash} in templates).
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "jobdesk-flash";
    private static final int MAX_AGE_SECONDS = 60;

    public enum Kind { SUCCESS, ERROR }

    private Kind kind;
    private String message;

    public static NewCookie success(String message) {
        return cookie(Kind.SUCCESS, message);
    }

    public static NewCookie error(String message) {
        return cookie(Kind.ERROR, message);
    }

    private static NewCookie cookie(Kind kind, String message) {
        return new NewCookie.Builder(COOKIE).value(kind.name() + ":" + URLEncoder.encode(message, StandardCharsets.UTF_8))
                .path("/").maxAge(MAX_AGE_SECONDS).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    static NewCookie expired() {
        return new NewCookie.Builder(COOKIE).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Reads the message the previous response left; a cookie that does not parse is ignored. */
    void read(Cookie cookie) {
        String value = cookie.getValue();
        int colon = value.indexOf(':');
        if (colon < 0) {
            return;
        }
        try {
            kind = Kind.valueOf(value.substring(0, colon));
            message = URLDecoder.decode(value.substring(colon + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
    }

    public boolean isPresent() {
        return kind != null;
    }

    public String getMessage() {
        return message;
    }

    public String getKind() {
        return kind == null ? "" : kind.name().toLowerCase();
    }
}
