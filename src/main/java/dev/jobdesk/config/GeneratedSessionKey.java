package dev.jobdesk.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The embedded default's session key when none is configured: made once, kept in the data folder,
 * so that sessions survive a restart and no key is ever printed to the log. Only the embedded default
 * turns it on ({@code jobdesk.generate-session-key}); the production build must be given its key.
 */
public class GeneratedSessionKey implements ConfigSourceFactory {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String FILE_NAME = "session.key";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // On unless turned off: JobdeskConfig's default, which a config source factory cannot read.
        ConfigValue enabled = context.getValue("jobdesk.generate-session-key");
        if (enabled != null && "false".equals(enabled.getValue())) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue("jobdesk.data-dir");
        Path folder = Path.of(dataDir == null || dataDir.getValue() == null ? "./data" : dataDir.getValue());
        return List.of(new KeyFile(folder.resolve(FILE_NAME)));
    }

    /** Lowest priority: any configured key wins, and then this file is never touched. */
    static final class KeyFile implements ConfigSource {

        private final Path file;
        private String key;

        KeyFile(Path file) {
            this.file = file;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public synchronized String getValue(String propertyName) {
            if (!PROPERTY.equals(propertyName)) {
                return null;
            }
            if (key == null) {
                key = readOrCreate();
            }
            return key;
        }

        private String readOrCreate() {
            try {
                if (!Files.exists(file)) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                    byte[] random = new byte[32];
                    RANDOM.nextBytes(random);
                    String created = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                    try {
                        Files.writeString(Files.createFile(file,
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                                created, StandardCharsets.US_ASCII);
                    } catch (FileAlreadyExistsException raced) {
                        // Another process made it first: use theirs.
                    }
                }
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read or create the session key " + file, e);
            }
        }

        @Override
        public int getOrdinal() {
            return 50;
        }

        @Override
        public String getName() {
            return "generated session key in " + file;
        }
    }
}
