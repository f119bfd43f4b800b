package dev.jobdesk.web;

import dev.jobdesk.config.JobdeskConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;

/**
 * The configurable part of the look: the company's accent colour, as a stylesheet (no inline styles).
 * Made at start, so that a colour that is not one stops the start instead of the first page.
 */
@Path("/theme.css")
@PermitAll
@Startup
public class ThemeResource {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final String stylesheet;

    ThemeResource(JobdeskConfig config) {
        String accent = checked(config.accentColor());
        this.stylesheet = ":root { --accent: " + accent + "; --accent-dark: " + darker(accent) + "; }\n";
    }

    /** The colour goes into a stylesheet as it is, so nothing but #rrggbb may. */
    static String checked(String colour) {
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalStateException("JOBDESK_ACCENT_COLOR must be a colour written as #rrggbb, not " + colour);
        }
        return colour;
    }

    @GET
    @Produces("text/css")
    public Response stylesheet() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(stylesheet).cacheControl(cache).build();
    }

    /** The hover shade: three quarters of each channel. */
    static String darker(String color) {
        int rgb = Integer.parseInt(color.substring(1), 16);
        int red = (rgb >> 16 & 0xff) * 3 / 4;
        int green = (rgb >> 8 & 0xff) * 3 / 4;
        int blue = (rgb & 0xff) * 3 / 4;
        return String.format("#%02x%02x%02x", red, green, blue);
    }
}
