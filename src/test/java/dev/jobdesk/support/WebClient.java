package dev.jobdesk.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person using Jobdesk over HTTP the way a browser does: real form login, cookies kept between
 * requests, and the CSRF token taken from the last page read, as a form on that page would send it.
 * Redirects are never followed, so tests can assert them.
 */
public final class WebClient {

    public static final String DEMO_PASSWORD = "jobdesk-demo";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private int port;
    private String csrfToken;

    public static WebClient anonymous() {
        return new WebClient();
    }

    /** Signs in through the login form, as {@code username} with the demo password. */
    public static WebClient signedInAs(String username) {
        return new WebClient().signIn(username, DEMO_PASSWORD);
    }

    /**
     * The same person, cookies and all, now talking to the instance on {@code otherPort} of this
     * machine: another replica behind the same load balancer.
     */
    public WebClient at(int otherPort) {
        this.port = otherPort;
        return this;
    }

    /**
     * The same person as they are now, cookies included, as a copy of the browser would be: what the
     * copy is sent later (a renewed session cookie) does not reach this one.
     */
    public WebClient copy() {
        WebClient copy = new WebClient();
        copy.cookies.putAll(cookies);
        copy.port = port;
        copy.csrfToken = csrfToken;
        return copy;
    }

    public WebClient signIn(String username, String password) {
        get("/login");
        Response login = request().contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        keepCookies(login);
        assertEquals(302, login.statusCode(), "login of " + username);
        assertNotNull(cookies.get("jobdesk-session"), "session cookie for " + username);
        return this;
    }

    /** A GET; the page's CSRF token, if any, is kept for the next POST. */
    public Page get(String path) {
        Response response = request().get(path);
        keepCookies(response);
        Matcher token = CSRF.matcher(response.asString());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return new Page(response);
    }

    /** A form POST with the CSRF token of the last page read. */
    public Page post(String path, Map<String, ?> form) {
        Map<String, Object> withToken = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            withToken.put("csrf-token", csrfToken);
        }
        return postRaw(path, withToken);
    }

    public Page post(String path, Object... nameValuePairs) {
        return post(path, Form.of(nameValuePairs));
    }

    /** A file posted as a browser uploads it, with the CSRF token: a multipart form of one file field. */
    public Page upload(String path, String field, String fileName, byte[] content, String mediaType) {
        RequestSpecification request = request().multiPart(field, fileName, content, mediaType);
        if (csrfToken != null) {
            request.multiPart("csrf-token", csrfToken);
        }
        Response response = request.post(path);
        keepCookies(response);
        return new Page(response);
    }

    /** A multipart form of text fields only, as a browser posts a file form with no file chosen, with the CSRF token. */
    public Page postMultipart(String path, Map<String, String> fields) {
        RequestSpecification request = request();
        fields.forEach((name, value) -> request.multiPart(name, value));
        if (csrfToken != null) {
            request.multiPart("csrf-token", csrfToken);
        }
        Response response = request.post(path);
        keepCookies(response);
        return new Page(response);
    }

    /** A form POST exactly as given: no CSRF token is added. Repeated names take a list value. */
    public Page postRaw(String path, Map<String, ?> form) {
        RequestSpecification request = request().contentType(ContentType.URLENC.withCharset("UTF-8"));
        form.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        Response response = request.post(path);
        keepCookies(response);
        return new Page(response);
    }

    private RequestSpecification request() {
        RequestSpecification request = given().redirects().follow(false).cookies(cookies);
        return port == 0 ? request : request.baseUri("http://127.0.0.1").port(port);
    }

    private void keepCookies(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }

    public Map<String, String> cookies() {
        return cookies;
    }
}
