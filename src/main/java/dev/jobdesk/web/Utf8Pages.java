package dev.jobdesk.web;

import io.quarkus.qute.TemplateInstance;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
        Utf8Bytes bytes = new Utf8Bytes(lastSize + lastSize / 8);
        try {
            page.consume(bytes).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (bytes.size != lastSize) {
            LAST_SIZE_BY_VIEW.put(view, bytes.size);
        }
        return Arrays.copyOf(bytes.bytes, bytes.size);
    }

    /**
     * The page's bytes, each part appended where the last ended. An editor page comes in thousands of
     * parts, mostly a few ASCII characters each: copied character by character they need no array of
     * their own and no lock (a ByteArrayOutputStream takes one per write), which were 6% of the edit
     * page's time. A part that is not all ASCII is encoded by Java from its first other
     * character on.
     */
    private static final class Utf8Bytes implements Consumer<String> {

        private byte[] bytes;
        private int size;

        Utf8Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        @Override
        public void accept(String part) {
            int length = part.length();
            makeRoom(length);
            for (int i = 0; i < length; i++) {
                char c = part.charAt(i);
                if (c >= 0x80) {
                    size += i;
                    byte[] encoded = part.substring(i).getBytes(StandardCharsets.UTF_8);
                    makeRoom(encoded.length);
                    System.arraycopy(encoded, 0, bytes, size, encoded.length);
                    size += encoded.length;
                    return;
                }
                bytes[size + i] = (byte) c;
            }
            size += length;
        }

        private void makeRoom(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
