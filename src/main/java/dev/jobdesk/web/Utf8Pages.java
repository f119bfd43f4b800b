package dev.jobdesk.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    /**
     * Parts sent on many pages ({@link KeptMarkup}), encoded once: an editor's kept fields are 70 KB,
     * and encoding them character by character was a tenth of the edit page's time. Known by identity,
     * they go when the part does.
     */
    private static final Cache<String, byte[]> ENCODED_PARTS = Caffeine.newBuilder().weakKeys().build();

    /** Below this, a part is not worth looking up among the encoded ones. */
    private static final int SHORTEST_ENCODED_PART = 1024;

    private Utf8Pages() {
    }

    /** {@code part}, a String to be rendered into many pages, encoded once, now. */
    static void encodeOnce(String part) {
        if (part.length() >= SHORTEST_ENCODED_PART) {
            ENCODED_PARTS.put(part, part.getBytes(StandardCharsets.UTF_8));
        }
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
     * page's time. A part that is not all ASCII is encoded here too, from its first other character
     * on: Java's encoder took a copy of the rest of the part for it, and 5% of the edit page's time.
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
            byte[] encoded = length >= SHORTEST_ENCODED_PART ? ENCODED_PARTS.getIfPresent(part) : null;
            if (encoded != null) {
                makeRoom(encoded.length);
                System.arraycopy(encoded, 0, bytes, size, encoded.length);
                size += encoded.length;
                return;
            }
            makeRoom(length);
            for (int i = 0; i < length; i++) {
                char c = part.charAt(i);
                if (c >= 0x80) {
                    size += i;
                    encode(part, i);
                    return;
                }
                bytes[size + i] = (byte) c;
            }
            size += length;
        }

        /** {@code part} from {@code from} on, as String.getBytes would: a lone surrogate becomes '?'. */
        private void encode(String part, int from) {
            int length = part.length();
            makeRoom(3 * (length - from)); // no character takes more; a pair of surrogates takes 4 bytes for 2
            byte[] out = bytes; // in locals, the JIT keeps them in registers rather than storing each byte's end
            int end = size;
            for (int i = from; i < length; i++) {
                char c = part.charAt(i);
                if (c < 0x80) {
                    out[end++] = (byte) c;
                } else if (c < 0x800) {
                    out[end++] = (byte) (0xC0 | c >> 6);
                    out[end++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    out[end++] = (byte) (0xE0 | c >> 12);
                    out[end++] = (byte) (0x80 | c >> 6 & 0x3F);
                    out[end++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(part.charAt(i + 1))) {
                    int codePoint = Character.toCodePoint(c, part.charAt(++i));
                    out[end++] = (byte) (0xF0 | codePoint >> 18);
                    out[end++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    out[end++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    out[end++] = (byte) (0x80 | codePoint & 0x3F);
                } else {
                    out[end++] = '?';
                }
            }
            size = end;
        }

        private void makeRoom(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
