package dev.jobdesk.web;

import io.quarkus.qute.TemplateInstance;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page rendered straight into the UTF-8 bytes it is sent as, part by part. Rendered into one
 * String first, a single character outside Latin-1 (a euro sign, a dash) makes the whole page a
 * two-byte string whose encoding costs more than the rendering; part by part, only the parts that
 * hold such a character take the slow way. The careers pages and every page a resource answers
 * with inside a Response are rendered here ({@link WebFilters#renderPage}). A page a resource
 * returns as it is is rendered by Qute's REST integration, which the CSRF extension requires, and
 * sent by {@link RenderedPageWriter}.
 */
public final class Utf8Pages {

    private static final int FIRST_GUESS_BYTES = 32 * 1024;

    /**
     * The size each view last rendered to, so that the next rendering starts in a buffer big enough,
     * not one that is copied into a twice bigger one until it fits (an editor page is 80 KB). One
     * entry per view the app has.
     */
    private static final Map<String, Integer> LAST_SIZE_BY_VIEW = new ConcurrentHashMap<>();

    private Utf8Pages() {
    }

    public static byte[] render(TemplateInstance page) {
        String view = page.getTemplate().getId();
        int lastSize = LAST_SIZE_BY_VIEW.getOrDefault(view, FIRST_GUESS_BYTES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(lastSize + lastSize / 8);
        try {
            page.consume(part -> bytes.writeBytes(part.getBytes(StandardCharsets.UTF_8))).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (bytes.size() != lastSize) {
            LAST_SIZE_BY_VIEW.put(view, bytes.size());
        }
        return bytes.toByteArray();
    }
}
