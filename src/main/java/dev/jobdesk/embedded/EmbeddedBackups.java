package dev.jobdesk.embedded;

import dev.jobdesk.config.JobdeskConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Backups of the embedded default's H2 database, taken online by the running app (another process
 * cannot open a database file that is in use): every night, and whenever someone on this machine
 * asks with {@code curl -X POST http://127.0.0.1:9000/backup}, the management interface, which the
 * embedded default serves to this machine only. Each is a zip under {@code data/backups}; the newest
 * {@code jobdesk.backup.keep} are kept. The README says how to restore one. The production build
 * leaves backups to PostgreSQL's own tools: there this bean does not exist.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
public class EmbeddedBackups {

    static final String PATH = "/backup";
    private static final Logger LOG = Logger.getLogger(EmbeddedBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final AgroalDataSource dataSource;
    private final Path folder;
    private final int keep;

    EmbeddedBackups(AgroalDataSource dataSource, JobdeskConfig config) {
        this.dataSource = dataSource;
        this.folder = Path.of(config.dataDir(), "backups");
        this.keep = config.backup().keep();
    }

    void offerBackups(@Observes ManagementInterface management) {
        management.router().post(PATH).blockingHandler(this::backUpOnRequest, false);
    }

    @Scheduled(cron = "{jobdesk.backup.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        Path made = backUp();
        LOG.infof("Backed up the database to %s", made);
    }

    private void backUpOnRequest(RoutingContext request) {
        Path made = backUp();
        request.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                .end(made.toAbsolutePath() + "\n");
    }

    /** A consistent copy of the whole database as it is now, while it goes on serving. */
    synchronized Path backUp() {
        try {
            Files.createDirectories(folder);
            Path zip = folder.resolve("jobdesk-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".zip");
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, zip.toString());
                backup.execute();
            }
            deleteAllButNewest();
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed", e);
        }
    }

    private void deleteAllButNewest() throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder)) {
            backups = files.filter(file -> file.getFileName().toString().matches("jobdesk-[0-9-]+\\.zip"))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.delete(old);
        }
    }
}
