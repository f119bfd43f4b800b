package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that opens a connection and never finishes its request headers does not hold the socket
 * for ever: the idle timeout (20 s in the app, 1 s here) closes it.
 */
@QuarkusTest
@TestProfile(IdleConnectionTest.ShortIdleTimeout.class)
class IdleConnectionTest {

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "PT1S");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void aConnectionThatNeverFinishesItsHeadersIsClosed() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            // Generous: the server closes after one idle second, however busy the machine is.
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write("GET /careers HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream answer = socket.getInputStream();
            assertThat(answer.readAllBytes()).as("what the server sent before closing").isEmpty();
        }
    }
}
