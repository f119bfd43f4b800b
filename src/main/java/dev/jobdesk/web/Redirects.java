package dev.jobdesk.web;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The answer to a successful POST: 303 See Other to the page that shows the result. */
public final class Redirects {

    private Redirects() {
    }

    public static Response seeOther(String path, NewCookie flash) {
        return Response.seeOther(URI.create(path)).cookie(flash).build();
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
