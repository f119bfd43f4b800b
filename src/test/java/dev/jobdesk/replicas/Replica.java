package dev.jobdesk.replicas;

import dev.jobdesk.support.WebClient;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;

/** An instance of the packaged jar in a process of its own, as the integration tests start them. */
final class Replica {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    static final String SESSION_KEY = "replica-test-session-key-0123456789abcdef";
    static final String PASSWORD = "replica-test-password-42";

    private final int port;
    private final Map<String, String> environment;
    private Process process;

    private Replica(int port, Map<String, String> environment) {
        this.port = port;
        this.environment = environment;
    }

    /** The production build on the given PostgreSQL database. */
    static Replica onPostgres(int port, String database) {
        return new Replica(port, Map.of("QUARKUS_DATASOURCE_JDBC_URL", POSTGRES + database,
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY, "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1",
                "JOBDESK_PUBLIC_URL", "https://careers.example.com"));
    }

    /** The same replica with more settings in its environment. */
    Replica with(Map<String, String> settings) {
        Map<String, String> more = new HashMap<>(environment);
        more.putAll(settings);
        return new Replica(port, more);
    }

    /** The embedded default on an H2 file in {@code dataDir}, with its demo accounts. */
    static Replica onH2(int port, Path dataDir) {
        return onH2(port, dataDir, Map.of());
    }

    /** As {@link #onH2(int, Path)}, with more settings in its environment. */
    static Replica onH2(int port, Path dataDir, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("JOBDESK_DATA_DIR", dataDir.toAbsolutePath().toString());
        return new Replica(port, environment);
    }

    /**
     * This build (PostgreSQL or embedded H2) on an empty database of its own, started, with the
     * manager account {@code manager}.
     */
    static Replica freshWithManager(int port, String name) throws IOException, SQLException {
        if (isPostgresBuild()) {
            recreateDatabase(name);
            Replica onPostgres = onPostgres(port, name).start();
            addUser(name, "manager", "Maya Manager", "MANAGER");
            return onPostgres;
        }
        return onH2(port, Path.of("target", name + "-h2-" + System.nanoTime())).start();
    }

    /** Signs in as {@code manager} on the replica at {@code port}, made by {@link #freshWithManager}. */
    static WebClient signInAsManager(int port) {
        String password = isPostgresBuild() ? PASSWORD : WebClient.DEMO_PASSWORD;
        return WebClient.anonymous().at(port).signIn("manager", password);
    }

    static boolean isPostgresBuild() {
        return "pg".equals(System.getProperty("jobdesk.build-profile"));
    }

    int port() {
        return port;
    }

    Replica start() throws IOException {
        Path log = logOf(port);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx128m", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort()));
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        process = builder.start();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> {
                    HttpURLConnection ready = (HttpURLConnection) URI.create(
                            "http://127.0.0.1:" + managementPort() + "/q/health/ready").toURL().openConnection();
                    return ready.getResponseCode() == 200;
                });
        return this;
    }

    /** Health and metrics: the management interface, a thousand ports above the application's. */
    int managementPort() {
        return port + 1000;
    }

    /** Where the replica on {@code port} writes its output; every start appends to it. */
    static Path logOf(int port) {
        return Path.of("target", "replica-" + port + ".log");
    }

    /** SIGKILL: no shutdown hook, nothing flushed on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as a container runtime stops a container; does not wait for the process to end. */
    void terminate() {
        process.destroy();
    }

    /** Whether the process ended within {@code timeout}. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    static void recreateDatabase(String database) throws SQLException {
        try (Connection server = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "postgres");
             Statement sql = server.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        }
    }

    /** An account with {@link #PASSWORD}: the production build has no demo accounts. */
    static void addUser(String database, String username, String name, String role) throws SQLException {
        try (Connection db = DriverManager.getConnection(POSTGRES + database, "postgres", "postgres");
             PreparedStatement user = db.prepareStatement("""
                     insert into user_account (username, display_name, email, password_hash, enabled, created_at)
                     values (?, ?, ?, ?, true, now())""", Statement.RETURN_GENERATED_KEYS)) {
            user.setString(1, username);
            user.setString(2, name);
            user.setString(3, username + "@example.com");
            user.setString(4, BcryptUtil.bcryptHash(PASSWORD));
            user.executeUpdate();
            try (ResultSet key = user.getGeneratedKeys();
                 PreparedStatement grant = db.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
                key.next();
                grant.setLong(1, key.getLong(1));
                grant.setString(2, role);
                grant.executeUpdate();
            }
        }
    }

    /** A team on the admin's list: the production build has no demo teams either. */
    static void addTeam(String database, String name) throws SQLException {
        try (Connection db = DriverManager.getConnection(POSTGRES + database, "postgres", "postgres");
             PreparedStatement team = db.prepareStatement("insert into team (name, name_key) values (?, lower(?))")) {
            team.setString(1, name);
            team.setString(2, name);
            team.executeUpdate();
        }
    }

    /** Changes the database behind the replicas' backs, as an operator (or the test's clock) would. */
    static void execute(String database, String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection(POSTGRES + database, "postgres", "postgres");
             Statement sql = db.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    static long count(String database, String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(POSTGRES + database, "postgres", "postgres");
             Statement sql = db.createStatement(); ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
