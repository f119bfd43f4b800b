package dev.jobdesk.web;

import io.quarkus.qute.TemplateInstance;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A page rendered straight into the UTF-8 bytes it is sent as, part by part. Rendered into one
 * String first, a single character outside Latin-1 (a euro sign, a dash) makes the whole page a
 * two-byte string whose encoding costs more than the rendering; part by part, only the parts that
 * hold such a character take the slow way.
 */
public final class Utf8Pages {

    private static final int TYPICAL_PAGE_BYTES = 32 * 1024;

    private Utf8Pages() {
    }

    public static byte[] render(TemplateInstance page) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(TYPICAL_PAGE_BYTES);
        page.consume(part -> bytes.writeBytes(part.getBytes(StandardCharsets.UTF_8))).toCompletableFuture().join();
        return bytes.toByteArray();
    }
}
