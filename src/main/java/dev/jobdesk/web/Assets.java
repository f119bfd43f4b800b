package dev.jobdesk.web;

import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.domain.Sha256;
import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The files every page loads, at addresses that carry a version made of their content
 * ({@code /assets/jobdesk.js?v=3f9a…}): browsers keep each for a year without asking again, and a
 * new release is fetched at once because its address is new. The stylesheet carries the company's
 * accent colour, so a page waits for one stylesheet, not two. Made at start, so that a colour that
 * is not one stops the start instead of the first page. Pages read the addresses as
 * {@code inject:assets}.
 */
@Named("assets")
@ApplicationScoped
@Startup
public class Assets {

    public static final String STYLESHEET = "/assets/jobdesk.css";
    static final String SCRIPT = "/assets/jobdesk.js";
    static final String ICON = "/assets/favicon.svg";
    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    /** Any other address of a file: its content changes with the next release. */
    static final String FOR_AN_HOUR = "public, max-age=3600";

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final String stylesheet;
    /** The current version of each file, by its address. */
    private final Map<String, String> versions;

    Assets(JobdeskConfig config) {
        String accent = checked(config.accentColor());
        this.stylesheet = ":root { --accent: " + accent + "; --accent-dark: " + darker(accent) + "; }\n"
                + read("web/jobdesk.css");
        this.versions = Map.of(STYLESHEET, versionOf(stylesheet),
                SCRIPT, versionOf(read("META-INF/resources" + SCRIPT)),
                ICON, versionOf(read("META-INF/resources" + ICON)));
    }

    public String stylesheet() {
        return address(STYLESHEET);
    }

    public String script() {
        return address(SCRIPT);
    }

    public String icon() {
        return address(ICON);
    }

    /** The stylesheet's text, the accent colour first. */
    String stylesheetText() {
        return stylesheet;
    }

    /**
     * A request for the current version of a file may be kept for a year; any other for an hour
     * (Quarkus would mark every file immutable for a day, and a release would not reach returning visitors).
     */
    void keepVersionsForAYear(@Observes Router router) {
        router.route("/assets/*").order(RouteOrder.ASSET_VERSIONS).handler(this::markCurrentVersion);
    }

    private void markCurrentVersion(RoutingContext context) {
        String version = context.request().getParam("v");
        String lifetime = version != null && version.equals(versions.get(context.request().path())) ? FOR_A_YEAR : FOR_AN_HOUR;
        context.addHeadersEndHandler(ignored -> context.response().putHeader(HttpHeaders.CACHE_CONTROL, lifetime));
        context.next();
    }

    private String address(String path) {
        return path + "?v=" + versions.get(path);
    }

    /** The colour goes into a stylesheet as it is, so nothing but #rrggbb may. */
    static String checked(String colour) {
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalStateException("JOBDESK_ACCENT_COLOR must be a colour written as #rrggbb, not " + colour);
        }
        return colour;
    }

    /** The hover shade: three quarters of each channel. */
    static String darker(String color) {
        int rgb = Integer.parseInt(color.substring(1), 16);
        int red = (rgb >> 16 & 0xff) * 3 / 4;
        int green = (rgb >> 8 & 0xff) * 3 / 4;
        int blue = (rgb & 0xff) * 3 / 4;
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    private static String versionOf(String content) {
        return Sha256.shortHex(content.getBytes(StandardCharsets.UTF_8), 6);
    }

    private static String read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
