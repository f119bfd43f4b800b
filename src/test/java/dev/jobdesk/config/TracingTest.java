package dev.jobdesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * With an OTLP endpoint configured, and nothing else, requests are traced and the spans reach the
 * collector: here a stand-in that records what the exporter posts to it.
 */
@QuarkusTest
@TestProfile(TracingTest.WithCollector.class)
class TracingTest {

    private static final Collector COLLECTOR = new Collector();

    public static class WithCollector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:" + COLLECTOR.port(),
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.bsp.schedule.delay", "PT0.1S");
        }
    }

    @AfterAll
    static void stopCollector() {
        COLLECTOR.stop();
    }

    @Test
    void aRequestBecomesASpanAtTheCollector() {
        WebClient.anonymous().get("/careers").assertStatus(200);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(COLLECTOR.received()).contains("GET /careers"));
    }

    /** Accepts OTLP/HTTP trace exports and keeps their bytes, where span names appear as plain text. */
    static final class Collector {
        private final HttpServer server;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();

        Collector() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/v1/traces", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    byte[] bytes = body.readAllBytes();
                    synchronized (received) {
                        received.writeBytes(bytes);
                    }
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        String received() {
            synchronized (received) {
                return received.toString(StandardCharsets.ISO_8859_1);
            }
        }

        void stop() {
            server.stop(0);
        }
    }
}
