package dev.jobdesk.web;

/**
 * Where Jobdesk's own Vert.x routes stand ahead of Quarkus's handlers, in the order they run. The
 * form login answers {@code POST /j_security_check} before any JAX-RS filter, so whatever must
 * happen before it is a route, and their order is written down here rather than left to chance.
 */
public final class RouteOrder {

    /** Security headers and cookie flags, on every response however it is answered. */
    public static final int RESPONSE_HARDENING = Integer.MIN_VALUE;
    /** Requests whose framing no browser sends are answered before anything tries to read them. */
    public static final int REQUEST_SHAPE = RESPONSE_HARDENING + 1;
    /** A sign-in posted from another site is refused. */
    public static final int LOGIN_ORIGIN = REQUEST_SHAPE + 1;
    /** A sign-in from a throttled client waits or is refused, before the password is checked. */
    public static final int LOGIN_THROTTLE = LOGIN_ORIGIN + 1;
    /** A careers address with a trailing slash is sent to the one without, before any is kept or rendered. */
    public static final int TRAILING_SLASH = LOGIN_THROTTLE + 1;
    /** Kept careers pages, served without authentication or rendering. */
    public static final int CAREERS_CACHE = TRAILING_SLASH + 1;
    /** The current version of a static file is marked to be kept for a year. */
    public static final int ASSET_VERSIONS = CAREERS_CACHE + 1;
    /** Other sites' scripts may read the public API. */
    public static final int API_CORS = ASSET_VERSIONS + 1;

    private RouteOrder() {
    }
}
