package dev.jobdesk.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads {@code labels.properties} for {@link Labelled}: a key is the enum's name inside its package
 * ({@code Hint.Kind}), the constant, and an aspect after a dot where there is one. Each enum's words
 * are arranged once by ordinal, since pages read them on every render.
 */
final class Labels {

    /** The aspect of a key that names none: the label itself. */
    static final String LABEL = "";

    private static final Properties FILE = load();

    private static final ClassValue<Map<String, String[]>> BY_ENUM = new ClassValue<>() {
        @Override
        protected Map<String, String[]> computeValue(Class<?> type) {
            return wordsOf(type);
        }
    };

    private Labels() {
    }

    static String words(Enum<?> constant, String aspect) {
        String[] byOrdinal = BY_ENUM.get(constant.getDeclaringClass()).get(aspect);
        if (byOrdinal == null) {
            throw new IllegalArgumentException("labels.properties has no " + key(constant, aspect));
        }
        return byOrdinal[constant.ordinal()];
    }

    /** By aspect, the words of every constant; fails on the first one that has the aspect's key missing. */
    private static Map<String, String[]> wordsOf(Class<?> type) {
        Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
        String prefix = nameInPackage(type) + ".";
        Map<String, String[]> byAspect = new HashMap<>();
        byAspect.put(LABEL, new String[constants.length]);
        for (String key : FILE.stringPropertyNames()) {
            if (key.startsWith(prefix) && key.indexOf('.', prefix.length()) > 0) {
                String aspect = key.substring(key.indexOf('.', prefix.length()) + 1);
                byAspect.putIfAbsent(aspect, new String[constants.length]);
            }
        }
        byAspect.forEach((aspect, byOrdinal) -> {
            for (Enum<?> constant : constants) {
                String words = FILE.getProperty(key(constant, aspect));
                if (words == null) {
                    throw new IllegalStateException("labels.properties has no " + key(constant, aspect));
                }
                byOrdinal[constant.ordinal()] = words;
            }
        });
        return Map.copyOf(byAspect);
    }

    static String key(Enum<?> constant, String aspect) {
        String key = nameInPackage(constant.getDeclaringClass()) + "." + constant.name();
        return aspect.equals(LABEL) ? key : key + "." + aspect;
    }

    /** {@code Hint.Kind} for {@code dev.jobdesk.writing.Hint$Kind}. */
    private static String nameInPackage(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    private static Properties load() {
        Properties file = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/labels.properties")) {
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
