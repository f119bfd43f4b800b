package dev.jobdesk.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The one stylesheet, with the configured accent colour (see {@link Assets}). */
@Path(Assets.STYLESHEET)
@PermitAll
public class StylesheetResource {

    private final Assets assets;

    StylesheetResource(Assets assets) {
        this.assets = assets;
    }

    /** How long browsers keep it, Assets says by its address. */
    @GET
    @Produces("text/css")
    public String stylesheet() {
        return assets.stylesheetText();
    }
}
