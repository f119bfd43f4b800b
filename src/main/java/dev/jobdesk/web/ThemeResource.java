package dev.jobdesk.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** The configurable part of the look: the company's accent colour, as a stylesheet (no inline styles). */
@Path("/theme.css")
@PermitAll
public class ThemeResource {

    private final String stylesheet;

    ThemeResource(JobdeskConfig config) {
        String accent = config.accentColor();
        this.stylesheet = ":root { --accent: " + accent + "; --accent-dark: " + darker(accent) + "; }\n";
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
