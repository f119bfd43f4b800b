package dev.jobdesk.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every Java has: for content hashes, validators, asset versions and link tokens. */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Of the text's UTF-8 bytes, in lower-case hex. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The first {@code bytes} bytes of the hash, in hex: a short version that changes with the content. */
    public static String shortHex(byte[] content, int bytes) {
        return HexFormat.of().formatHex(of(content), 0, bytes);
    }
}
