package dev.jobdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** The addresses people type that end up in links: what counts as an email address or a web address. */
public final class Addresses {

    /** A plain address: no display name, no mailto:, no ?bcc= or other header smuggled in. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private Addresses() {
    }

    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    /** An https address of a host, without credentials in it (they would be shown to every reader). */
    public static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }
}
